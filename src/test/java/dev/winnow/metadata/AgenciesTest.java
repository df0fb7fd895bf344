package dev.winnow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AgenciesTest {
    private final Agencies agencies = Agencies.builtIn();

    private Optional<String> canonical(String s) {
        return agencies.canonical(s);
    }

    @Test
    void aliasesMapToTheCanonicalName() {
        assertEquals(Optional.of("The Associated Press"), canonical("Associated Press"));
        assertEquals(Optional.of("The Associated Press"), canonical("The Associated Press"));
        assertEquals(Optional.of("The Associated Press"), canonical("AP News"));
        assertEquals(Optional.of("The Canadian Press"), canonical("THE CANADIAN PRESS"));
        assertEquals(Optional.of("Reuters"), canonical("Thomson Reuters"));
        assertEquals(Optional.of("AFP"), canonical("Agence France-Presse"));
        assertEquals(Optional.of("dpa"), canonical("Deutsche Presse-Agentur"));
        assertEquals(Optional.of("PA Media"), canonical("The Press Association"));
    }

    @Test
    void shortAbbreviationsAreCaseSensitive() {
        assertEquals(Optional.of("The Associated Press"), canonical("AP"));
        assertEquals(Optional.of("The Canadian Press"), canonical("CP"));
        assertEquals(Optional.empty(), canonical("ap"));
        assertEquals(Optional.empty(), canonical("the cp"));
    }

    @Test
    void leadingAndTrailingDecorationIsIgnored() {
        assertEquals(Optional.of("The Associated Press"), canonical("— AP"));
        assertEquals(Optional.of("Reuters"), canonical("© Reuters"));
        assertEquals(Optional.of("Reuters"), canonical("Copyright Reuters"));
        assertEquals(Optional.of("Reuters"), canonical("Reuters."));
        assertEquals(Optional.of("AFP"), canonical(" (AFP) - "));
    }

    @Test
    void parenthesisedCopyrightSignIsIgnored() {
        assertEquals(Optional.of("Reuters"), canonical("(c) Reuters"));
    }

    @Test
    void nonAgenciesGiveNothing() {
        assertEquals(Optional.empty(), canonical("Example News"));
        assertEquals(Optional.empty(), canonical("Reuters and AP"));
        assertEquals(Optional.empty(), canonical("Associated Press reported"));
        assertEquals(Optional.empty(), canonical(""));
        assertEquals(Optional.empty(), canonical("  "));
        assertEquals(Optional.empty(), canonical(null));
    }

    @Test
    void alternationFindsAgenciesInsideText() {
        Pattern p = Pattern.compile("\\b(?:" + agencies.alternation() + ")\\b", Pattern.CASE_INSENSITIVE);
        assertTrue(p.matcher("according to the Canadian Press on Monday").find());
        assertTrue(p.matcher("the AP reported").find());
        assertFalse(p.matcher("tap the app to open it").find());
    }
}
