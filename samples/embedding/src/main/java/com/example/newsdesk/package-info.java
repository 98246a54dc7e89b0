/**
 * An example of embedding zhnews in a service: one shared pipeline with the desk's own
 * knowledge-base entries, turning stories into digests from many threads.
 */
package com.example.newsdesk;
