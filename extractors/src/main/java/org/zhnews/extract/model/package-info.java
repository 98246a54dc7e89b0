/**
 * The model extractor: AI model families of the knowledge base extended by a version grammar
 * ({@code Qwen3-235B-A22B}, {@code Gemini 2.5 Pro}) and linked to their vendor. Immutable and
 * thread-safe.
 */
package org.zhnews.extract.model;
