/**
 * A Spark job that analyses many news files with the default pipeline (one per executor JVM)
 * and writes mention and warning tables and per-company aggregates.
 */
package org.zhnews.spark;
