package dev.winnow.output;

import dev.winnow.Block;
import dev.winnow.Removal;
import dev.winnow.chain.Label;
import dev.winnow.chain.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the kept blocks as the body, and every removal as the explanation. */
public final class BodyWriter {
    private BodyWriter() {}

    /** The kept blocks, trims applied, as paragraphs separated by one blank line. */
    public static String body(Labels labels) {
        List<String> paragraphs = new ArrayList<>(labels.blocks().size());
        for (Block b : labels.blocks()) {
            if (labels.isDropped(b)) continue;
            String text = labels.visibleText(b).strip();
            if (!text.isEmpty()) paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs); // sized once: appending would copy a long body many times over
    }

    /** One entry per dropped block (its final decision) and per trim of a kept block, in page order. */
    public static List<Removal> removals(Labels labels) {
        Map<Integer, List<Label>> trims = new HashMap<>(); // few pages trim more than a block or two
        for (Label l : labels.all()) {
            if (l.action() == Label.Action.TRIM_START || l.action() == Label.Action.TRIM_END) {
                trims.computeIfAbsent(l.block(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Removal> out = new ArrayList<>();
        for (Block b : labels.blocks()) {
            if (labels.isDropped(b)) {
                Label d = labels.decision(b);
                out.add(new Removal(b.index(), b.text(), d.cleaner(), d.role(), d.reason(), false));
            } else if (trims.containsKey(b.index())) {
                for (Label t : trims.get(b.index()))
                    out.add(new Removal(b.index(), t.removed().strip(), t.cleaner(), t.role(), t.reason(), true));
            }
        }
        return out;
    }
}
