/**
 * The one-line entry point: {@link org.zhnews.ZhNews#analyze(String)} runs the default
 * pipeline (every normalizer, the structure step and every extractor zhnews ships), built once
 * on first use and shared; {@link org.zhnews.ZhNews#builder()} derives pipelines of your own.
 */
package org.zhnews;
