/**
 * The region of an article (mainland China, Taiwan, Hong Kong, Singapore, Malaysia), read from
 * the evidence in its text: datelines, outlets, local currency words beside figures, market and
 * ticker forms, era years, regional wording and the script. The money extractor reads it to
 * give a bare {@code 元} its currency. Immutable and thread-safe.
 */
package org.zhnews.extract.region;
