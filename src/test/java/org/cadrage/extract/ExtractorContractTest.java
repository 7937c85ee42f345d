package org.cadrage.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Extractor} must keep. A concrete test extends this class and supplies the extractor
 * and a document on which it finds something.
 */
public abstract class ExtractorContractTest<T> {

    protected abstract Extractor<T> extractor();

    /** A document (with the POS tags the extractor needs) on which the extractor finds at least one item. */
    protected abstract AnnotatedDocument richDocument();

    @Test
    void emptyTextGivesNoEvidence() {
        assertEquals(List.of(), extractor().extract(TestDocs.of("", Map.of())));
        assertEquals(List.of(), extractor().extract(TestDocs.of(" \n\n\u00A0 ", Map.of())));
    }

    @Test
    void findsSomethingInTheRichDocument() {
        assertTrue(!extractor().extract(richDocument()).isEmpty(), "rich document should yield evidence");
    }

    @Test
    void offsetsAreInBoundsAndTextIsExact() throws Exception {
        AnnotatedDocument doc = richDocument();
        for (T item : extractor().extract(doc)) {
            assertNotNull(item);
            Object text = component(item, "text");
            int start = (Integer) component(item, "start");
            int end = (Integer) component(item, "end");
            assertTrue(0 <= start && start < end && end <= doc.text().length(), "offsets in bounds: " + item);
            assertEquals(doc.text().substring(start, end), text, "text equals source substring: " + item);
        }
    }

    @Test
    void deterministic() {
        AnnotatedDocument doc = richDocument();
        assertEquals(extractor().extract(doc), extractor().extract(doc));
    }

    @Test
    void noNaNAnywhere() throws Exception {
        for (T item : extractor().extract(richDocument())) {
            for (RecordComponent rc : item.getClass().getRecordComponents()) {
                Object v = rc.getAccessor().invoke(item);
                if (v instanceof Double d) {
                    assertTrue(!d.isNaN() && !d.isInfinite(), rc.getName() + " is finite in " + item);
                }
            }
        }
    }

    private static Object component(Object record, String name) throws Exception {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc.getAccessor().invoke(record);
            }
        }
        throw new AssertionError(record.getClass() + " has no component " + name);
    }
}
