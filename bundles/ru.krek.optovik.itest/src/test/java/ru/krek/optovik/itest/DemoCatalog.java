package ru.krek.optovik.itest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The group tree and each product's group, read independently of Optovik from the 1C exports the demo
 * dropped (OPTOVIK_HOME/1c/processed/*&#47;*&#47;import.xml): which groups a changed offer touches.
 */
final class DemoCatalog {

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();

    DemoCatalog(Path processed) throws Exception {
        try (Stream<Path> files = Files.walk(processed)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("import.xml")).sorted().toList()) {
                read(file);
            }
        }
    }

    /** The offer's group and all groups above it (an offer Ид may be product#characteristic). */
    Set<String> groupsOf(String offerId) {
        Set<String> groups = new HashSet<>();
        String product = offerId.contains("#") ? offerId.substring(0, offerId.indexOf('#')) : offerId;
        for (String g = groupOf.get(product); g != null; g = parentOf.get(g)) {
            groups.add(g);
        }
        return groups;
    }

    private void read(Path file) throws Exception {
        Deque<String> elements = new ArrayDeque<>();
        Deque<String> groups = new ArrayDeque<>();   // the Ид of each open Группа, "" until read
        String product = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = elements.peek();
                    elements.push(name);
                    if (name.equals("Группа")) {
                        groups.push("");
                    } else if (name.equals("Ид")) {
                        String id = xml.getElementText().strip();
                        elements.pop();
                        if ("Группа".equals(parent)) {
                            groups.pop();
                            if (!groups.isEmpty()) {
                                parentOf.put(id, groups.peek());
                            }
                            groups.push(id);
                        } else if ("Товар".equals(parent)) {
                            product = id;
                        } else if ("Группы".equals(parent) && elements.size() > 1 && "Товар".equals(second(elements))) {
                            groupOf.put(product, id);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (elements.pop().equals("Группа")) {
                        groups.pop();
                    }
                }
            }
        }
    }

    private static String second(Deque<String> elements) {
        return elements.stream().skip(1).findFirst().orElse("");
    }
}
