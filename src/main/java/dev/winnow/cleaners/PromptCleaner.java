package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Prefilter;
import dev.winnow.internal.Vocabulary;
import java.util.regex.Pattern;

/**
 * Removes social, newsletter, cookie, comment-form, paywall prompts and "Advertisement" markers, and cookie-consent
 * notices of any length.
 */
public final class PromptCleaner implements Cleaner {
    public static final String NAME = "prompts";
    private static final int MAX_WORDS = 40;
    private final Pattern prompt;
    private final Pattern advertisement;
    private final Pattern consent;
    private final Prefilter promptFilter;
    private final Prefilter advertisementFilter;
    private final Prefilter consentFilter;

    public PromptCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(PromptCleaner.class, "prompts.txt", NAME, settings);
        prompt = v.pattern("PROMPT", "%s");
        advertisement = v.pattern("ADVERTISEMENT", "%s");
        consent = v.pattern("CONSENT", "^\\W*(?:%s)");
        promptFilter = Prefilter.of(prompt);
        advertisementFilter = Prefilter.of(advertisement);
        consentFilter = Prefilter.of(consent);
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
    public void label(Segmentation page, Labels labels) {
        for (Block b : page.blocks()) {
            if (labels.isDropped(b)) continue;
            String text = b.text();
            String folded = Prefilter.fold(text);
            if (consentFilter.mayFindFolded(folded) && consent.matcher(text).find()) {
                labels.drop(b, Role.PROMPT, "cookie-consent notice");
                continue;
            }
            if (b.words() > MAX_WORDS) continue;
            if (advertisementFilter.mayFindFolded(folded) && advertisement.matcher(text).find()) {
                labels.drop(b, Role.ADVERTISEMENT, "advertisement marker");
            } else {
                var m = prompt.matcher(text);
                if (promptFilter.mayFindFolded(folded) && m.find()) labels.drop(b, Role.PROMPT, "prompt '" + m.group() + "'");
            }
        }
    }
}
