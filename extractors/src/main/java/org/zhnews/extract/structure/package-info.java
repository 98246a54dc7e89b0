/**
 * The article structure step: articles run together in one document, their titles, bylines,
 * outlets and publication dates, and boilerplate zones, from cue lists (resource files) and
 * line layout. Immutable and thread-safe.
 */
package org.zhnews.extract.structure;
