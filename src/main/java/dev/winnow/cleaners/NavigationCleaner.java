package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Text;
import dev.winnow.internal.Vocabulary;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes navigation: blocks inside {@code <nav>}, link-only list items and blocks, "Skip to content" style
 * lines, and in plain text, runs of very short lines (section bars and menus).
 */
public final class NavigationCleaner implements Cleaner {
    public static final String NAME = "navigation";
    private static final int MENU_RUN = 5;
    private static final int MENU_ITEM_WORDS = 3;
    private static final int LINK_BLOCK_WORDS = 5;
    private static final double LINK_BLOCK_DENSITY = 0.8;
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private final Phrases line;

    public NavigationCleaner(Settings settings) {
        line = Vocabulary.load(NavigationCleaner.class, "navigation.txt", NAME, settings).phrase("LINE", "^\\W*(?:%s)\\W*$");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "menus, link-only lists and blocks, breadcrumbs, 'Skip to content' and section bars";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(line);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        List<Block> blocks = page.blocks();
        Phrases.Bound line = this.line.on(page.scan());
        for (Block b : blocks) {
            if (b.has(Block.NAV)) labels.drop(b, Role.NAVIGATION, "inside <nav>");
            else if (b.words() <= 4 && line.matchWhole(b.text(), b.index()) != null) labels.drop(b, Role.NAVIGATION, "navigation label");
            else if (b.has(Block.LIST_ITEM) && b.words() <= 12 && b.linkDensity() >= 0.9)
                labels.drop(b, Role.NAVIGATION, "link-only list item");
            else if (isLinkOnlyBlock(page, b)) labels.drop(b, Role.NAVIGATION, "link-only block");
        }
        if (!page.html()) dropShortRuns(page, labels);
    }

    /**
     * HTML: a block of five or more words that is (almost) all link text is a teaser, a headline list or a
     * menu entry, not article prose; a written-out address is kept (a reference or source in the text).
     */
    private static boolean isLinkOnlyBlock(Segmentation page, Block b) {
        return page.html() && b.words() >= LINK_BLOCK_WORDS && b.linkDensity() >= LINK_BLOCK_DENSITY
                && !URL.matcher(b.text()).find();
    }

    /**
     * Text only: five or more consecutive lines of at most three words, none a sentence, form a menu. Lines of a
     * numbered list (a table's rows, a ranking) are not menu items.
     */
    private static void dropShortRuns(Segmentation page, Labels labels) {
        List<Block> blocks = page.blocks();
        int start = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean menuItem = i < blocks.size() && !page.inNumberedList(blocks.get(i)) && isMenuItem(blocks.get(i));
            if (menuItem) continue;
            if (i - start >= MENU_RUN) {
                String reason = "run of " + (i - start) + " menu-like short lines";
                for (int j = start; j < i; j++) labels.drop(blocks.get(j), Role.NAVIGATION, reason);
            }
            start = i + 1;
        }
    }

    private static boolean isMenuItem(Block b) {
        return b.words() <= MENU_ITEM_WORDS && !Text.endsLikeSentence(b.text());
    }
}
