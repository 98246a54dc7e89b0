package org.zhnews.core.structure;

import java.util.Locale;

/**
 * What a boilerplate {@link Zone} holds. Every kind is site junk, not part of the article's
 * own text: figures and names inside it are not facts the article states.
 */
public enum ZoneKind {
    /** A reprint or syndication notice ({@code 本文转载自…}, {@code 声明:文来自…}). */
    REPRINT_NOTICE,
    /** A copyright or rights line ({@code 版权所有}, {@code 未经授权禁止转载}). */
    COPYRIGHT,
    /** A comment box or prompt ({@code 发表评论}, {@code 我来说两句}). */
    COMMENT_PROMPT,
    /** Lists of related, recommended or most-read links. */
    RELATED_LINKS,
    /** Advertising and event promotion. */
    AD,
    /** Job listings. */
    JOB_LISTING,
    /** An image credit or caption line ({@code 图源:…}, {@code 图片来源}). */
    CAPTION,
    /** Share buttons, navigation, follow prompts and other page footer junk. */
    SHARE_FOOTER;

    /**
     * The name used in the JSON contract ({@code related_links}).
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
