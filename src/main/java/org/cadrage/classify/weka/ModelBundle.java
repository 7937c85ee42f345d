package org.cadrage.classify.weka;

import java.io.Serializable;
import java.util.Objects;
import org.cadrage.classify.Learner;
import org.cadrage.classify.Prediction;
import org.cadrage.classify.Row;

/**
 * What a model file's payload holds: the selected model and the bag-of-words baseline fitted on the same rows, so that
 * {@code cadrage evaluate} can score both on held-out data in one run. {@link #predict} is the selected model's.
 *
 * <p>Thread-safe (as its models are). Null arguments are rejected.
 */
public final class ModelBundle implements Learner.Model, Serializable {
    private static final long serialVersionUID = 1L;
    private final WekaModel selected;
    private final WekaModel bagOfWords;

    /**
     * @param selected   the model chosen by cross-validation
     * @param bagOfWords the bag-of-words logistic-regression baseline
     */
    public ModelBundle(Learner.Model selected, Learner.Model bagOfWords) {
        this.selected = weka(selected, "selected");
        this.bagOfWords = weka(bagOfWords, "bagOfWords");
    }

    private static WekaModel weka(Learner.Model model, String what) {
        Objects.requireNonNull(model, what);
        if (!(model instanceof WekaModel w)) {
            throw new IllegalArgumentException(what + " must be a model fitted by WekaLearner, got "
                    + model.getClass().getName());
        }
        return w;
    }

    /** The model chosen by cross-validation. */
    public Learner.Model selected() {
        return selected;
    }

    /** The bag-of-words baseline. */
    public Learner.Model bagOfWords() {
        return bagOfWords;
    }

    @Override
    public Prediction predict(Row row) {
        return selected.predict(row);
    }

    @Override
    public String toString() {
        return "ModelBundle(" + selected + ", baseline " + bagOfWords + ")";
    }
}
