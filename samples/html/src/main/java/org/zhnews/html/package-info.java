/**
 * The HTML view of an analysed document, like spaCy's displaCy: one self-contained page with
 * every mention highlighted and its facts, the warnings, articles and zones ({@link
 * org.zhnews.html.HtmlRenderer}), and an index page of many documents.
 */
package org.zhnews.html;
