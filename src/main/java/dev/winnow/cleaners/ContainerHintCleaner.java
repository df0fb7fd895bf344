package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Container;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.chain.Tree;

/**
 * Removes blocks inside containers whose class or id marks chrome (comments, share bars, related links,
 * sidebars, footers), unless such a container holds most of the page's words.
 */
public final class ContainerHintCleaner implements Cleaner {
    public static final String NAME = "container-hints";
    private static final double MAX_SHARE = 0.5;
    private final ContainerHints hints;

    public ContainerHintCleaner(Settings settings) {
        hints = new ContainerHints(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "blocks inside comment, share, related-links, sidebar and footer containers";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (!page.html()) return;
        Tree tree = page.tree();
        ContainerHints.Memo memo = hints.forPage();
        byte[] verdict = new byte[tree.size()]; // 0 unknown, 1 chrome, 2 not
        String[] reasons = new String[tree.size()]; // "inside div[sidebar]", built once per container
        for (Block b : page.blocks()) {
            if (labels.isDropped(b)) continue;
            for (Container c = b.container(); c != null; c = c.parent()) {
                if (verdict[c.id()] == 0) {
                    boolean chrome = memo.negative(c) && tree.words(c) <= MAX_SHARE * tree.totalWords();
                    verdict[c.id()] = (byte) (chrome ? 1 : 2);
                }
                if (verdict[c.id()] == 1) {
                    if (reasons[c.id()] == null) reasons[c.id()] = "inside " + c;
                    labels.drop(b, Role.BOILERPLATE, reasons[c.id()]);
                    break;
                }
            }
        }
    }
}
