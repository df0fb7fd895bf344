package dev.winnow.output;

import dev.winnow.Block;
import dev.winnow.Removal;
import dev.winnow.chain.Label;
import dev.winnow.chain.Labels;
import java.util.ArrayList;
import java.util.List;

/** Writes the kept blocks as the body, and every removal as the explanation. */
public final class BodyWriter {
    private BodyWriter() {}

    /** The kept blocks, trims applied, as paragraphs separated by one blank line. */
    public static String body(Labels labels) {
        StringBuilder sb = new StringBuilder();
        for (Block b : labels.blocks()) {
            if (labels.isDropped(b)) continue;
            String text = labels.visibleText(b).strip();
            if (text.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(text);
        }
        return sb.toString();
    }

    /** One entry per dropped block (its final decision) and per trim of a kept block, in page order. */
    public static List<Removal> removals(Labels labels) {
        List<List<Label>> trims = new ArrayList<>();
        for (int i = 0; i < labels.blocks().size(); i++) trims.add(null);
        for (Label l : labels.all()) {
            if (l.action() == Label.Action.TRIM_START || l.action() == Label.Action.TRIM_END) {
                if (trims.get(l.block()) == null) trims.set(l.block(), new ArrayList<>());
                trims.get(l.block()).add(l);
            }
        }
        List<Removal> out = new ArrayList<>();
        for (Block b : labels.blocks()) {
            if (labels.isDropped(b)) {
                Label d = labels.decision(b);
                out.add(new Removal(b.index(), b.text(), d.cleaner(), d.role(), d.reason(), false));
            } else if (trims.get(b.index()) != null) {
                for (Label t : trims.get(b.index()))
                    out.add(new Removal(b.index(), t.removed().strip(), t.cleaner(), t.role(), t.reason(), true));
            }
        }
        return out;
    }
}
