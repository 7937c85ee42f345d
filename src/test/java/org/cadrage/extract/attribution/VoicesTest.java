package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cadrage.model.Attribution;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.junit.jupiter.api.Test;

class VoicesTest {
    private static Attribution a(String type, String resolved, int cueStart, int cueEnd, int from, int to,
                                 String stance) {
        return new Attribution(type, null, resolved, new TextSpan("x".repeat(cueEnd - cueStart), cueStart, cueEnd),
                "dire", stance, new Span(from, to), "unknown", false, false, null, null);
    }

    @Test
    void aSameSpeakerFragmentInsideItsOwnReportedSpeechIsNotASecondVoice() {
        Attribution whole = a("indirect", "Ben Wallace", 0, 5, 10, 80, "assertive");
        Attribution fragment = a("direct", "Ben Wallace", 0, 5, 40, 60, null);
        Attribution otherSpeaker = a("direct", "Joe Biden", 0, 5, 45, 55, null);
        assertEquals(List.of(whole, otherSpeaker), Voices.oneVoiceOnce(List.of(whole, fragment, otherSpeaker)));
    }

    @Test
    void sansPreuveMakesTheVerbDistancing() {
        String text = "Il a affirmé sans la moindre preuve que Kiev recule. Il a affirmé que Kiev recule.";
        int second = text.indexOf("Il a affirmé que");
        List<Attribution> out = Voices.withoutProof(List.of(a("indirect", "X", 3, 12, 40, 50, "assertive"),
                a("indirect", "X", second + 3, second + 12, second + 17, second + 32, "assertive")), text);
        assertEquals("distancing", out.get(0).verbStance());
        assertEquals("assertive", out.get(1).verbStance(), "no « sans preuve » in its clause");
    }
}
