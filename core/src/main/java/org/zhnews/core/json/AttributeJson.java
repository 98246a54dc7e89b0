package org.zhnews.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.zhnews.core.mention.CustomMention;

/**
 * Writes the attributes of a {@link CustomMention} as JSON fields, in name order: strings
 * through {@link JsonStrings}, booleans as {@code true}/{@code false}, numbers as plain decimals
 * without trailing zeros ({@code 1.50} and {@code 1.5f} both as {@code 1.5}), lists as arrays.
 */
final class AttributeJson {

    private AttributeJson() {
    }

    static void write(JsonGenerator g, CustomMention m) throws IOException {
        for (Map.Entry<String, ?> e : m.attributes().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue() instanceof List<?> list) {
                g.writeStartArray();
                for (Object v : list) {
                    value(g, v);
                }
                g.writeEndArray();
            } else {
                value(g, e.getValue());
            }
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof String s) {
            g.writeRawValue(JsonStrings.quote(s));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNumber(plain(decimal((Number) v)));
        }
    }

    /** {@code v} without trailing zeros and never in exponent form. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
