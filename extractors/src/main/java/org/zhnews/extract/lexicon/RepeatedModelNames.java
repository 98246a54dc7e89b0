package org.zhnews.extract.lexicon;

import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;
import org.zhnews.text.match.WordsAt;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The names of models read once in a document, found again where they stand without evidence
 * of their own ({@link Reason#NAMED_ELSEWHERE}):
 * <ul>
 *   <li>a family read from the text ({@code 发布语音大模型“听澜”}), or its other name in brackets
 *       ({@code “听澜”(TingLan)}), where it stands again with a version ({@code 听澜-2-Pro}) or a
 *       variant ({@code 听澜-Mini}), in
 *       quotes or on its own ({@code 听澜的}, {@code TingLan也}: no Latin word beside a Latin name,
 *       no Han or Latin character after a Han one but a model word: {@code 声扬AI} is a company); a model read by its other name is
 *       that family's ({@link #relink});</li>
 *   <li>a letter version read after a known family ({@code Kimi K3}, {@code Hunyuan-T2}) where it
 *       stands alone, with what the version grammar reads after it ({@code K3-Air},
 *       {@code K3的训练成本});</li>
 *   <li>another number of that letter after a generation word ({@code 较上一代T1} where
 *       {@code Hunyuan-T2} was read), when the letter is one family's only.</li>
 * </ul>
 * A name found again never overlaps a dictionary name, a model read, or a no-name zone, and
 * never continues a Latin word ({@code ThinkPad X1}) or a company name ({@code 宝马X2}); a word of {@code not-model-names.tsv}
 * ({@code Q1}, {@code H2}: periods) is no version standing alone. Immutable and thread-safe.
 */
final class RepeatedModelNames {

    /** A version written as one letter and a number ({@code K3}, {@code T2}, {@code V6.5}). */
    private static final Pattern LETTER_VERSION = Pattern.compile("[A-Za-z]\\d{1,3}(\\.\\d{1,2})?");

    private final VersionGrammar grammar;
    private final OpenModelCues cues;
    private final Set<String> notNames;

    RepeatedModelNames(VersionGrammar grammar, OpenModelCues cues, Set<String> notNames) {
        this.grammar = grammar;
        this.cues = cues;
        this.notNames = notNames;
    }

    /**
     * The models found again in {@code text}.
     *
     * @param known  the model candidates of the dictionary, in text order
     * @param open   the models no list holds read so far
     */
    List<Decision> find(String text, NameHits hits, List<ModelNameReader.Candidate> known, List<Decision> open,
                        BiPredicate<Integer, Integer> blocked) {
        Map<String, ModelReading> families = openFamilies(text, open);
        Set<String> unbranded = new HashSet<>();
        for (Map.Entry<String, ModelReading> e : List.copyOf(families.entrySet())) {
            String name = withoutBrand(e.getKey());
            if (name != null && families.putIfAbsent(name, e.getValue()) == null) {
                unbranded.add(name);
            }
        }
        Map<String, ModelSurface> versions = new HashMap<>();
        Map<Character, ModelSurface> letters = new HashMap<>();
        lettersOf(known, versions, letters);
        if (families.isEmpty() && versions.isEmpty()) {
            return List.of();
        }
        BitSet taken = taken(text, hits, known, open, families.keySet());
        List<Decision> out = new ArrayList<>();
        if (!families.isEmpty()) {
            again(text, families, unbranded, taken, blocked, out);
        }
        if (!versions.isEmpty()) {
            versionsAlone(text, hits, versions, letters, taken, blocked, out);
        }
        return out;
    }

    /**
     * The models read from the text, those named by a Latin word that is another name of a family
     * read from the text ({@code “墨笔”(MoBi)}, then {@code MoBi-7B}) read as that family.
     */
    List<Decision> relink(List<Decision> open) {
        Map<String, ModelReading> aliases = new HashMap<>();
        for (Decision d : open) {
            String word = aliasWord(d);
            if (word != null) {
                aliases.putIfAbsent(word.toLowerCase(Locale.ROOT), d.model().orElseThrow());
            }
        }
        if (aliases.isEmpty()) {
            return open;
        }
        List<Decision> out = new ArrayList<>(open.size());
        for (Decision d : open) {
            ModelReading r = d.model().orElseThrow();
            ModelReading family = aliases.get(r.surface().family().family().toLowerCase(Locale.ROOT));
            out.add(family == null ? d : new Decision(d.start(), d.end(), d.surface(), d.reading(), d.reason(),
                    d.company(), Optional.of(new ModelReading(family.surface(), r.version(), r.variant(), r.parameters()))));
        }
        return out;
    }

    /** The Latin word a decision names its family by when that family has another name ({@code MoBi} of 墨笔), or null. */
    private static String aliasWord(Decision d) {
        String family = d.model().orElseThrow().surface().family().family();
        int letters = 0;
        while (letters < d.surface().length() && CharClass.isAsciiLetter(d.surface().charAt(letters))) {
            letters++;
        }
        boolean wordEnds = letters == d.surface().length() || "-_0123456789".indexOf(d.surface().charAt(letters)) >= 0;
        return letters >= 2 && wordEnds && !family.equalsIgnoreCase(d.surface().substring(0, letters))
                ? d.surface().substring(0, letters) : null; // MoBi-7B; not the LINE of 「LINE AI助理」
    }

    /** The families read from the text (quoted or Latin), by the names they are written with, first reading kept. */
    private static Map<String, ModelReading> openFamilies(String text, List<Decision> open) {
        Map<String, ModelReading> out = new LinkedHashMap<>();
        for (Decision d : open) {
            ModelReading r = d.model().orElseThrow();
            String family = r.surface().family().family();
            if (family.length() >= 2 && text.startsWith(family, d.start())) {
                out.putIfAbsent(family, r);
            }
            String alias = aliasWord(d);
            if (alias != null) {
                out.putIfAbsent(alias, r);
            }
        }
        return out;
    }

    /** The letter versions read after known families, and each letter's family when only one family has it. */
    private static void lettersOf(List<ModelNameReader.Candidate> known, Map<String, ModelSurface> versions,
                                  Map<Character, ModelSurface> letters) {
        Map<Character, ModelSurface> seen = new HashMap<>();
        for (ModelNameReader.Candidate c : known) {
            Optional<String> v = c.reading().version();
            if (c.chosen().shortForm() || v.isEmpty() || !LETTER_VERSION.matcher(v.get()).matches()) {
                continue;
            }
            versions.putIfAbsent(v.get().toLowerCase(Locale.ROOT), c.chosen());
            char letter = Character.toLowerCase(v.get().charAt(0));
            ModelSurface before = seen.putIfAbsent(letter, c.chosen());
            if (before == null) {
                letters.put(letter, c.chosen());
            } else if (!before.family().equals(c.chosen().family())) {
                letters.remove(letter);
            }
        }
    }

    /** {@code 听澜-2-Pro}: a family name again, with a version after it or in quotes (one pass for all of them). */
    private void again(String text, Map<String, ModelReading> families, Set<String> unbranded, BitSet taken,
                       BiPredicate<Integer, Integer> blocked, List<Decision> out) {
        DictionaryMatcher.Builder<ModelReading> names = DictionaryMatcher.builder();
        families.forEach((name, reading) -> names.add(name, reading, true));
        Set<String> companyNames = new HashSet<>();
        families.keySet().stream().filter(f -> namesACompany(text, f)).forEach(companyNames::add);
        for (Match<ModelReading> m : names.build().findLongest(text)) {
            int at = m.start();
            int end = m.end();
            ModelName read = grammar.read(text, end);
            boolean quoted = at > 0 && OpenModelCues.OPEN_QUOTES.indexOf(text.charAt(at - 1)) >= 0
                    && end < text.length() && OpenModelCues.CLOSE_QUOTES.indexOf(text.charAt(end)) >= 0;
            int nameEnd = Math.max(end, read.end());
            boolean hyphenVariant = read.variant().isPresent() && text.charAt(end) == '-'; // 听澜-Mini
            boolean named = read.version().isPresent() || hyphenVariant
                    || read.variant().filter(grammar::startsWithKnownVariant).isPresent(); // 听澜 VL; not 听澜 Labs
            if ((!named && !quoted && !standsAlone(text, at, end)) || !free(taken, at, nameEnd)
                    || blocked.test(at, nameEnd) || cues.hardwareBefore(text, at)
                    || read.version().isEmpty() && !hyphenVariant && (companyNames.contains(text.substring(at, end))
                    || unbranded.contains(text.substring(at, end)))) {
                continue;
            }
            ModelReading first = m.values().get(0);
            ModelReading reading = new ModelReading(first.surface(), read.version(), read.variant(), read.parameters());
            out.add(decision(text, at, nameEnd, reading));
            taken.set(at, nameEnd);
        }
    }

    /**
     * The name of a branded family without its brand, or null: the part after a middle dot
     * ({@code 澄言·星河}: 星河; {@code 溯光·墨}: 墨) or the Latin part after a Han brand and an
     * optional space ({@code 黛蓝Nusa}, {@code 杳光 Nusa}: Nusa). Found
     * again only with a version ({@code 星河3-Pro}, {@code Nusa 2 Lite}) or a variant after a
     * hyphen ({@code Nusa-Mini}).
     */
    static String withoutBrand(String family) {
        int dot = -1;
        for (int i = 0; i < family.length(); i++) {
            if (VersionGrammar.MIDDLE_DOTS.indexOf(family.charAt(i)) >= 0) {
                dot = i;
            }
        }
        if (dot > 0) {
            return dot + 1 < family.length() ? family.substring(dot + 1) : null; // 溯光·墨: 墨4, 墨4-Flash
        }
        int han = 0;
        while (han < family.length() && CharClass.isHan(family.charAt(han))) {
            han++;
        }
        int latin = han < family.length() && family.charAt(han) == ' ' ? han + 1 : han; // 杳光 Nusa: Nusa
        return han >= 2 && family.length() - latin >= 3 && CharClass.isAsciiLetter(family.charAt(latin))
                ? family.substring(latin) : null;
    }

    /**
     * {@code 深圳蔓岩机器人有限公司（以下简称“蔓岩”）}: a Han family name that the text also gives a
     * company, inside its legal name or as its declared short name; standing bare, it names the
     * company.
     */
    private static boolean namesACompany(String text, String family) {
        if (!CharClass.isHan(family.charAt(0))) {
            return false;
        }
        for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
            int q = at > 0 && OpenModelCues.OPEN_QUOTES.indexOf(text.charAt(at - 1)) >= 0 ? at - 1 : at;
            if (q >= 2 && text.startsWith("简称", q - 2)) {
                return true;
            }
            int end = at + family.length();
            for (int k = end; k < Math.min(text.length(), end + MAX_LEGAL_GAP) && CharClass.isHan(text.charAt(k)); k++) {
                if (text.startsWith(LEGAL_FORM, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The legal form that ends a company's full name. */
    private static final String LEGAL_FORM = "有限公司";
    /** Most Han characters between a family name and the legal form of the company named after it ({@code 机器人}). */
    private static final int MAX_LEGAL_GAP = 8;

    /**
     * {@code Merlion也能…}, {@code 导入玉衡，}: a family name standing on its own, a Latin one with
     * no Latin word beside it (across a space), a Han one before a non-Han character, a model word,
     * a particle that no word goes on with ({@code 玉衡在}, {@code 玉衡和}) or a release verb
     * ({@code 玉衡上线}), or after a generation word ({@code 较第一代玉衡提升}).
     */
    private boolean standsAlone(String text, int at, int end) {
        if (CharClass.isAsciiLetter(text.charAt(at))) {
            return end - at >= 3 && !latinBeside(text, at - 1, -1) && !latinBeside(text, end, 1);
        }
        return end == text.length() || !CharClass.isHan(text.charAt(end)) && !CharClass.isLatinWordChar(text.charAt(end))
                || particleOrModelWordAt(text, end) || cues.releaseVerbAt(text, end)
                || cues.generationBefore(text, at);
    }

    /**
     * Whether a particle ({@code 玉衡在}, not {@code 玉衡山}) or a model word ({@code 玉衡的},
     * {@code 玉衡大模型}) stands at {@code at}, so a Han family name ending there stands on its own.
     */
    static boolean particleOrModelWordAt(String text, int at) {
        return at < text.length() && (AFTER_HAN_PARTICLES.indexOf(text.charAt(at)) >= 0
                || WordsAt.startsWithAny(text, at, AFTER_HAN_NAME));
    }

    private static final String AFTER_HAN_PARTICLES = "在是已也和与及等还则并被仍";

    private static final List<String> AFTER_HAN_NAME = List.of("的", "模型", "大模型", "系列");

    /** A Latin letter, digit or hyphen at {@code pos}, or past one space in direction {@code step}. */
    private static boolean latinBeside(String text, int pos, int step) {
        if (pos >= 0 && pos < text.length() && text.charAt(pos) == ' ') {
            pos += step;
        }
        return pos >= 0 && pos < text.length() && (CharClass.isLatinWordChar(text.charAt(pos)) || text.charAt(pos) == '-');
    }

    /** Whether no position of {@code [from, to)} is taken. */
    private static boolean free(BitSet taken, int from, int to) {
        int next = taken.nextSetBit(from);
        return next < 0 || next >= to;
    }

    /** {@code K3-Air}: a letter version of a known family standing alone, or a sibling after a generation word. */
    private void versionsAlone(String text, NameHits hits, Map<String, ModelSurface> versions,
                               Map<Character, ModelSurface> letters,
                               BitSet taken, BiPredicate<Integer, Integer> blocked, List<Decision> out) {
        int i = 0;
        while (i < text.length()) {
            if (!CharClass.isAsciiLetter(text.charAt(i)) || (i > 0 && OpenModelNames.glued(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = VersionTokens.tokenEnd(text, i);
            String token = text.substring(i, end);
            ModelSurface family = null;
            if (LETTER_VERSION.matcher(token).matches() && !notNames.contains(token.toLowerCase(Locale.ROOT))
                    && (end == text.length() || !CharClass.isLatinWordChar(text.charAt(end)))) {
                family = versions.get(token.toLowerCase(Locale.ROOT));
                if (family == null && cues.generationBefore(text, i)) {
                    family = letters.get(Character.toLowerCase(token.charAt(0)));
                }
            }
            if (family != null && !companyEndsAt(hits, i)) {
                ModelName read = grammar.read(text, end);
                int nameEnd = Math.max(end, read.end());
                if (read.version().isEmpty() && free(taken, i, nameEnd) && !blocked.test(i, nameEnd)) {
                    ModelReading reading = new ModelReading(family, Optional.of(token), read.variant(), read.parameters());
                    out.add(decision(text, i, nameEnd, reading));
                    taken.set(i, nameEnd);
                    end = nameEnd;
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /** {@code 宝马X2}: a company name, even one needing context, ends right before {@code pos}. */
    private static boolean companyEndsAt(NameHits hits, int pos) {
        List<? extends Match<?>> companies = hits.companies();
        for (int k = Match.firstAtOrAfter(companies, Math.max(0, pos - 64));
             k < companies.size() && companies.get(k).start() < pos; k++) {
            if (companies.get(k).end() == pos) {
                return true;
            }
        }
        return false;
    }

    private static Decision decision(String text, int start, int end, ModelReading reading) {
        return new Decision(start, end, text.substring(start, end), Reading.MODEL, Reason.NAMED_ELSEWHERE,
                Optional.empty(), Optional.of(reading));
    }

    /**
     * The spans of every dictionary name and every model read; a short form glued to the Latin
     * word before it ({@code R2} in {@code Hengyu-R2-Max}) is that name's version, not a name.
     */
    private static BitSet taken(String text, NameHits hits, List<ModelNameReader.Candidate> known, List<Decision> open,
                                Set<String> families) {
        BitSet taken = new BitSet();
        for (var m : hits.companies()) {
            if (!families.contains(text.substring(m.start(), m.end()))) {
                taken.set(m.start(), m.end()); // “镕思 Juniper”系列模型 … Juniper-2: this text's family, not the company
            }
        }
        for (var m : hits.models()) {
            boolean afterVersion = m.start() >= 2 && text.charAt(m.start() - 1) == ' '
                    && CharClass.isAsciiDigit(text.charAt(m.start() - 2)); // 汀语 2 Lite: a variant, not ERNIE Lite
            if (!(ShortForms.gluedToLatinWord(text, m.start()) || afterVersion)
                    || !m.values().stream().allMatch(s -> s.shortForm())) {
                taken.set(m.start(), m.end());
            }
        }
        known.forEach(c -> taken.set(c.hit().start(), c.end()));
        open.forEach(d -> taken.set(d.start(), d.end()));
        return taken;
    }
}
