package ru.krek.optovik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reference an import is measured against: the JDK's StAX parser reading the same files and
 * doing nothing but count offers. Nothing can import faster than this reads.
 */
final class StaxPass {

    private final XMLInputFactory factory = XMLInputFactory.newFactory();

    StaxPass() {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** Offers (Предложение elements) in all the files. */
    long countOffers(List<Path> files) throws IOException, XMLStreamException {
        long offers = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Предложение".equals(xml.getLocalName())) {
                        offers++;
                    }
                }
                xml.close();
            }
        }
        return offers;
    }
}
