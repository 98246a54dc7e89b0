/**
 * One length-preserving character fold for every matcher: full-width ASCII to ASCII, the
 * ideographic and no-break spaces to a space, ASCII case (in the {@linkplain
 * org.zhnews.text.fold.CharFold#matching() matching} fold; {@linkplain
 * org.zhnews.text.fold.CharFold#keepingCase() keepingCase} leaves it) and traditional to
 * simplified characters, one BMP character to one. Because no fold changes a text's length,
 * offsets into a folded text are offsets into the text itself.
 *
 * <p>The traditional-to-simplified pairs are the resource {@code t2s-chars.tsv}, generated from
 * OpenCC's character data by the normalizers module (its {@code FoldTableIsCurrentTest} fails
 * when the file is stale). JDK only; never imports the {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.fold;
