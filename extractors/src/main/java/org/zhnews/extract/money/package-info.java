/**
 * The money extractor: amounts with their currency (ISO 4217), fully expanded, with qualifier
 * and range; its currency and figure tables are shared with the metric extractor. Immutable
 * and thread-safe.
 */
package org.zhnews.extract.money;
