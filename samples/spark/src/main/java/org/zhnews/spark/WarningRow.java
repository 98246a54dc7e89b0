package org.zhnews.spark;

import java.io.Serializable;

/**
 * One row of the warnings table: a warning raised while analysing a document.
 *
 * @param source        the document's source
 * @param code          the stable warning code
 * @param message       the human-readable message
 * @param originalStart start of the range in the original input, when the warning has one
 * @param originalEnd   exclusive end of that range
 */
public record WarningRow(String source, String code, String message, Integer originalStart,
                         Integer originalEnd) implements Serializable {
}
