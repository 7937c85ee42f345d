package org.cadrage.classify.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.classify.Row;

/** Small invented French data sets for the Weka tests. */
final class ToyData {
    static final List<String> TOPICS = List.of("diplomatie", "economie", "militaire");

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "diplomatie", List.of("Les négociateurs", "L’ambassadeur", "Le ministre des affaires étrangères",
                    "Les diplomates", "La délégation"),
            "economie", List.of("Les prix du gaz", "L’inflation", "Les exportations de blé", "La banque centrale",
                    "Les marchés financiers"),
            "militaire", List.of("Les chars", "L’artillerie", "Les soldats", "Les drones", "Le bataillon"));
    private static final Map<String, List<String>> PREDICATES = Map.of(
            "diplomatie", List.of("préparent un sommet pour un cessez-le-feu", "proposent des négociations de paix",
                    "signent un accord avec les ambassades"),
            "economie", List.of("font grimper les tarifs de l’énergie", "pèsent sur la croissance et les salaires",
                    "subissent les sanctions commerciales"),
            "militaire", List.of("bombardent les positions sur le front", "avancent vers la ligne de tranchées",
                    "ont repoussé une offensive blindée"));

    private ToyData() {
    }

    /** 15 sentences per topic, one label each, with a numeric feature telling the topic apart too. */
    static List<Row> topics() {
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            String topic = TOPICS.get(t);
            for (int i = 0; i < 15; i++) {
                String text = SUBJECTS.get(topic).get(i % 5) + " " + PREDICATES.get(topic).get(i / 5) + ".";
                rows.add(row(topic + i, text, features(t * 2.0 + (i % 4) * 0.1, i % 3), List.of(topic)));
            }
        }
        return rows;
    }

    /** Every third row of a list (the test part of a 2:1 split). */
    static List<Row> every(List<Row> rows, int remainder) {
        List<Row> part = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % 3 == remainder) {
                part.add(rows.get(i));
            }
        }
        return part;
    }

    static List<Row> allBut(List<Row> rows, int remainder) {
        List<Row> part = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % 3 != remainder) {
                part.add(rows.get(i));
            }
        }
        return part;
    }

    static TreeMap<String, Double> features(double signal, double noise) {
        TreeMap<String, Double> features = new TreeMap<>();
        features.put("hedges", signal);
        features.put("credits", noise);
        return features;
    }

    static Row row(String id, String text, TreeMap<String, Double> features, List<String> labels) {
        return new Row(id, "g-" + id, text, features, labels);
    }
}
