/**
 * Reading the extractors' resource files (TSV word lists) and folding characters for matching
 * them. Internal: public because every extractor package uses it; not part of the API.
 */
package org.zhnews.extract.resource;
