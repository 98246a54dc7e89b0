package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.json.DocumentJson;

/**
 * This module runs zhnews-core's JSON on the jackson Spark brings (the parent's newer pin is
 * overridden): jackson-core and databind must be Spark's minor version, and the analysis JSON
 * must still be written correctly with it.
 */
class JacksonAlignmentTest {

    @Test
    void jacksonIsSparksVersionAndTheContractJsonStillWorks() throws Exception {
        Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
        Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        Version scala = com.fasterxml.jackson.module.scala.JacksonModule$.MODULE$.version();
        assertEquals(databind.getMinorVersion(), scala.getMinorVersion(), "jackson-module-scala vs databind");
        assertEquals(databind.getMinorVersion(), core.getMinorVersion(), "jackson-core vs databind");

        String json = DocumentJson.toJson(ZhNews.analyze("英伟达营收540亿美元。"), false);
        JsonNode money = new ObjectMapper().readTree(json).get("mentions").get(1);
        assertEquals("money", money.get("type").asText());
        assertEquals("54000000000", money.get("amount").toString(), "plain decimal, no exponent");
        assertTrue(json.contains("\"text\":\"540亿美元\""), "non-ASCII written as characters: " + json);
    }
}
