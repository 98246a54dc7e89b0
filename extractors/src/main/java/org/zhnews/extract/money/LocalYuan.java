package org.zhnews.extract.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Region;
import org.zhnews.extract.region.RegionFinder;

/**
 * What a bare {@code 元} means at a place in a document: the currency a declaration before it in
 * its article names ({@code （人民幣，下同）}); else the currency of its article's region (TWD in
 * Taiwan, HKD in Hong Kong, SGD in Singapore, MYR in Malaysia unless the article writes
 * {@code 人民币}, CNY on the mainland); else CNY. A bare {@code $} is HKD in Hong Kong, SGD in
 * Singapore, else USD. An article's region is the one the structure
 * step found, or else the one {@link RegionFinder} reads from the article's original text
 * (so a document analysed without a structure step, one implicit article, gets one too). One
 * instance serves one document on one thread; regions are read lazily, once per article.
 */
final class LocalYuan {

    /** A resolved currency and where it came from (null when the text names it). */
    record Resolution(String code, CurrencySource source) {
    }

    private final ExtractionContext context;
    private final Declarations declarations;
    private final RegionFinder regions;
    private final Map<Integer, Optional<Region>> byArticle = new HashMap<>();

    LocalYuan(ExtractionContext context, Currencies currencies, RegionFinder regions) {
        this.context = context;
        this.declarations = Declarations.of(context, currencies);
        this.regions = regions;
    }

    /** The currency of a bare yuan amount at normalized {@code [start, end)}. */
    Resolution resolve(int start, int end) {
        Optional<String> declared = declaredAt(start, end);
        if (declared.isPresent()) {
            return new Resolution(declared.get(), CurrencySource.DECLARATION);
        }
        int index = context.structure().articleAt(start);
        Optional<Region> region = regionOf(index);
        if (region.isEmpty()) {
            return new Resolution("CNY", CurrencySource.DEFAULT);
        }
        String code = switch (region.get()) {
            case TW -> "TWD";
            case HK -> "HKD";
            case SG -> "SGD";
            case MY -> writesRenminbi(index) ? null : "MYR";
            case CN -> "CNY";
        };
        return code == null ? new Resolution("CNY", CurrencySource.DEFAULT)
                : new Resolution(code, CurrencySource.REGION);
    }

    /**
     * The currency of a bare dollar sign ({@code $48}) at normalized {@code start}: HKD in a Hong
     * Kong article, SGD in a Singapore one (their press writes the local dollar so), else USD
     * with no source (the sign names it, as {@code US$} does).
     */
    Resolution dollar(int start) {
        Optional<Region> region = regionAt(start);
        if (region.isPresent() && region.get() == Region.HK) {
            return new Resolution("HKD", CurrencySource.REGION);
        }
        if (region.isPresent() && region.get() == Region.SG) {
            return new Resolution("SGD", CurrencySource.REGION);
        }
        return new Resolution("USD", null); // the sign's own currency: no source, as for US$
    }

    /**
     * The currency a declaration before normalized {@code [start, end)} in its article names
     * ({@code （人民幣，下同）}), if one governs there.
     */
    Optional<String> declaredAt(int start, int end) {
        TextRange range = context.structure().articles().get(context.structure().articleAt(start)).range();
        return declarations.governing(end, range.start(), range.end()).map(Declarations.Declaration::code);
    }

    /** The region of the article holding normalized {@code offset}, if one is decided. */
    Optional<Region> regionAt(int offset) {
        return regionOf(context.structure().articleAt(offset));
    }

    private Optional<Region> regionOf(int index) {
        return byArticle.computeIfAbsent(index, i -> {
            Article a = context.structure().articles().get(i);
            if (a.region().isPresent()) {
                return Optional.of(a.region().get().region());
            }
            TextRange r = a.originalRange();
            return regions.find(context.original(), r.start(), r.end(), context.script()).map(x -> x.region());
        });
    }

    private boolean writesRenminbi(int index) {
        TextRange r = context.structure().articles().get(index).range();
        String t = context.text().substring(r.start(), r.end());
        return t.contains("人民币") || t.contains("人民幣");
    }
}
