package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Vocabulary;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Removes social, newsletter, cookie, comment-form, paywall prompts and "Advertisement" markers, and cookie-consent
 * notices of any length.
 */
public final class PromptCleaner implements Cleaner {
    public static final String NAME = "prompts";
    private static final int MAX_WORDS = 40;
    private final Phrases prompt;
    private final Phrases advertisement;
    private final Phrases consent;

    public PromptCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(PromptCleaner.class, "prompts.txt", NAME, settings);
        prompt = v.phrases("PROMPT", "%s");
        advertisement = v.phrases("ADVERTISEMENT", "%s");
        consent = v.phrases("CONSENT", "^\\W*(?:%s)");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "social, newsletter, cookie, comment and paywall prompts, advertisement markers";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(prompt, advertisement, consent);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Phrases.Bound consent = this.consent.on(page.scan());
        Phrases.Bound advertisement = this.advertisement.on(page.scan());
        Phrases.Bound prompt = this.prompt.on(page.scan());
        for (Block b : page.blocks()) {
            if (labels.isDropped(b)) continue;
            String text = b.text();
            if (consent.find(text, b.index()) != null) {
                labels.drop(b, Role.PROMPT, "cookie-consent notice");
                continue;
            }
            if (b.words() > MAX_WORDS) continue;
            if (advertisement.find(text, b.index()) != null) {
                labels.drop(b, Role.ADVERTISEMENT, "advertisement marker");
                continue;
            }
            Matcher m = prompt.find(text, b.index());
            if (m != null) labels.drop(b, Role.PROMPT, "prompt '" + m.group() + "'");
        }
    }
}
