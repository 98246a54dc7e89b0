/**
 * Benchmarks (JMH and plain programs): each component's throughput, the pipeline per document
 * size and per thread count, retained heap, and cold start. A sample, not a library.
 */
package org.zhnews.bench;
