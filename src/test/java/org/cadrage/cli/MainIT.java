package org.cadrage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, on the demo corpus that ships with the repository. */
class MainIT {
    @Test
    void analyzeTheDemoCorpus(@TempDir Path out) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"analyze", "examples/corpus", "--out", out.toString(), "--split-pages",
            "--workspace", out.resolve("workspace").toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, o + "\n" + e);
        assertTrue(o.toString().contains("analysed"), o.toString());
        String jsonl = Files.readString(out.resolve("analysis.jsonl"));
        assertTrue(jsonl.lines().count() >= 10, "ten demo articles or more");
        for (String feature : new String[] {"\"kind\":\"conditional\"", "\"kind\":\"modal\"", "\"kind\":\"epistemic\"",
            "\"kind\":\"distancing\"", "\"kind\":\"photo\"", "\"kind\":\"dateline\"", "\"kind\":\"link\"",
            "\"kind\":\"source_mention\"", "\"scope\":\"attributed\"", "\"scope\":\"narrator\"", "boilerplate\":[{"}) {
            assertTrue(jsonl.contains(feature), "the demo corpus shows " + feature);
        }
    }
}
