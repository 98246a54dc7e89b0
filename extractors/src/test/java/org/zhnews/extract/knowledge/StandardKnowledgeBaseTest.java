package org.zhnews.extract.knowledge;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the bundled knowledge-base files as a reviewer would, line by line. */
class StandardKnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.standard();
    private static final Set<String> COMPANY_CATEGORIES = Set.of("product", "internet", "ai", "chip", "hardware",
            "phone", "auto", "cloud", "telecom", "software", "ecommerce", "game", "fintech", "media", "research",
            "bank", "broker", "investor", "university", "institute", "other",
            "energy", "finance", "retail", "industry", "logistics", "pharma", "conglomerate");
    private static final Set<String> MODEL_TYPES = Set.of("llm", "assistant", "reasoning", "multimodal", "image",
            "video", "audio", "speech", "music", "code", "agent", "embedding", "search", "robotics", "other");

    @Test
    void coversWhatTheIssueAsksFor() {
        assertTrue(KB.companies().size() >= 400, "companies: " + KB.companies().size());
        assertTrue(KB.models().size() >= 150, "model families: " + KB.models().size());
        for (String id : List.of("alibaba", "bytedance", "tencent", "baidu", "moonshot-ai", "zhipu-ai", "minimax",
                "01-ai", "baichuan", "stepfun", "deepseek", "sensetime", "iflytek", "huawei", "xiaomi", "meituan",
                "pdd", "jd", "nvidia", "amd", "tsmc", "smic", "openai", "anthropic", "xai", "google", "microsoft",
                "meta", "amazon", "aws", "apple", "idc", "questmobile")) {
            assertTrue(KB.company(id).isPresent(), id);
        }
        assertEquals("amazon", KB.company("aws").orElseThrow().company().parentId().orElseThrow());
        assertEquals("bytedance", KB.company("volcano-engine").orElseThrow().company().parentId().orElseThrow());
    }

    @Test
    void everyEntryIsWellFormed() {
        for (CompanyEntry e : KB.companies()) {
            assertTrue(COMPANY_CATEGORIES.contains(e.category()), e.id() + ": category " + e.category());
            assertTrue(!e.source().isBlank(), e.id() + ": no source");
            for (String s : e.surfaces()) {
                assertTrue(s.codePointCount(0, s.length()) >= 2, e.id() + ": one-char surface " + s);
            }
        }
        for (ModelFamily f : KB.models()) {
            assertTrue(MODEL_TYPES.contains(f.type()), f.id() + ": type " + f.type());
            assertTrue(!f.source().isBlank(), f.id() + ": no source");
            assertTrue(f.vendor().isPresent(), f.id() + ": no vendor");
            for (String s : f.surfaces()) {
                assertTrue(s.codePointCount(0, s.length()) >= 2, f.id() + ": one-char surface " + s);
            }
        }
    }

    @Test
    void noSurfaceNamesTwoEntitiesUnlessBothNeedContext() {
        Map<String, CompanyEntry> owner = new HashMap<>();
        for (CompanyEntry e : KB.companies()) {
            for (String s : e.surfaces()) {
                String key = s.toLowerCase(Locale.ROOT);
                CompanyEntry other = owner.putIfAbsent(key, e);
                if (other != null && other != e) {
                    assertTrue(e.contextOnly().contains(s) && other.contextOnly().stream()
                                    .anyMatch(o -> o.equalsIgnoreCase(s)),
                            "surface " + s + " names both " + other.id() + " and " + e.id());
                }
            }
        }
        Map<String, ModelFamily> family = new HashMap<>();
        for (ModelFamily f : KB.models()) {
            for (String s : f.surfaces()) {
                String key = s.toLowerCase(Locale.ROOT);
                ModelFamily other = family.putIfAbsent(key, f);
                if (other != null && other != f) {
                    assertTrue(f.contextOnly().contains(s) && other.contextOnly().stream()
                                    .anyMatch(o -> o.equalsIgnoreCase(s)),
                            "surface " + s + " names both " + other.id() + " and " + f.id());
                }
            }
        }
    }

    @Test
    void loadsOncePerJvm() {
        assertTrue(KB == KnowledgeBase.standard());
    }
}
