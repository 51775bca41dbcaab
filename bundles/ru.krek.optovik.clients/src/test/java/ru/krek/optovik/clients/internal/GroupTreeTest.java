package ru.krek.optovik.clients.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.KnownGroup;
import ru.krek.optovik.api.client.SubscribedGroup;

class GroupTreeTest {

    /** radio ⊃ resistors ⊃ smd (gone); radio ⊃ caps; tools (gone) ⊃ pliers. */
    private final GroupTree tree = new GroupTree(List.of(new KnownGroup("radio", null, "Радиодетали", false),
            new KnownGroup("resistors", "radio", "Резисторы", false), new KnownGroup("smd", "resistors", "SMD", true),
            new KnownGroup("caps", "radio", "Конденсаторы", false), new KnownGroup("tools", null, "Инструмент", true),
            new KnownGroup("pliers", "tools", "Кусачки", false)));

    @Test
    void aNodeCoversItsPresentSubgroupsEvenUnderAGoneOne() {
        assertEquals(Set.of("radio", "resistors", "caps"), tree.covered(false, List.of("radio")));
        assertEquals(Set.of("pliers"), tree.covered(false, List.of("tools")));
        assertEquals(Set.of(), tree.covered(false, List.of("smd", "never")));
        assertEquals(Set.of("radio", "resistors", "caps", "pliers"), tree.covered(true, List.of()));
    }

    @Test
    void goneGroupsAreKnownAndShownGone() {
        assertEquals(List.of("never"), tree.unknown(List.of("smd", "never", "radio")));
        assertEquals(new SubscribedGroup("smd", "SMD", true), tree.subscribed("smd"));
        assertEquals(new SubscribedGroup("caps", "Конденсаторы", false), tree.subscribed("caps"));
        assertEquals(new SubscribedGroup("never", "", true), tree.subscribed("never"));
    }

    @Test
    void ancestorsUpToTheTopAndACycleEnds() {
        assertEquals(List.of("smd", "resistors", "radio"), tree.withAncestors("smd"));
        assertEquals(List.of("never"), tree.withAncestors("never"));
        GroupTree cycle = new GroupTree(List.of(new KnownGroup("a", "b", "A", false), new KnownGroup("b", "a", "B", false)));
        assertEquals(List.of("a", "b"), cycle.withAncestors("a"));
        assertEquals(Set.of("a", "b"), cycle.covered(false, List.of("a")));
    }
}
