/**
 * One loader for the project's TSV resources (word lists, dictionaries, rule tables): UTF-8, an
 * optional byte-order mark stripped, {@code #} comment lines and blank lines skipped, a required
 * header line checked against the columns the caller expects, rows with too few or too many
 * columns rejected. Every failure is a {@link org.zhnews.text.lexicon.LexiconException} whose
 * message names {@code file:line} (a bad row or header) or the resource (a missing one).
 *
 * <p>JDK only; never imports the {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.lexicon;
