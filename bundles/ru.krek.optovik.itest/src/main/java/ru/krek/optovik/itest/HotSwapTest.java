package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.itest.swap.SwapActivator;

/** A formatter bundle installed, updated while a build runs, and uninstalled, without a restart. */
class HotSwapTest {

    @Test
    void aBuildKeepsTheFormatterItStartedWithAndTheNextTakesTheUpdate() throws Exception {
        PriceListFixture f = new PriceListFixture("hot-swap", 3);
        ExecutorService background = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ServiceRegistration<CountDownLatch>> latches = List.of(latch(started, "started"), latch(release, "release"));
        Bundle bundle = OptovikFramework.context().installBundle("optovik-test:swap-formatter", jar("1.0.0", "v1"));
        try {
            long discount = f.discount("Горячая замена", f.priceTypes().get(0), null, Map.of(), Rounding.KOPECK);
            long client = f.client("ООО «Замена»", Groups.everything(), discount, false, StockView.TOTAL);
            bundle.start();
            awaitSwap(f, "1.0.0");

            Future<Optional<PriceListFile>> running = background.submit(() -> f.lists.build(client, "swap"));
            assertTrue(started.await(30, TimeUnit.SECONDS), "the build reached the formatter");
            bundle.update(jar("2.0.0", "v2"));
            awaitSwap(f, "2.0.0");
            release.countDown();

            String first;
            try {
                PriceListFile old = running.get(60, TimeUnit.SECONDS).orElseThrow();
                first = old.path().toString();
                assertTrue(Files.readString(old.path()).startsWith("v1\t"), "the running build finished with the old version");
                assertEquals("1.0.0", old.format().version());
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof PriceListException, "or it failed cleanly: " + e.getCause());
                first = "";
            }
            PriceListFile next = f.lists.build(client, "swap").orElseThrow();
            assertTrue(Files.readString(next.path()).startsWith("v2\t"), "the next build uses the new version");
            assertEquals("2.0.0", next.format().version());
            assertNotEquals(first, next.path().toString(), "the old version's file is not served");

            bundle.uninstall();
            OptovikFramework.await("the formatter gone", () -> f.lists.formats().stream().noneMatch(x -> x.id().equals("swap")));
            assertThrows(PriceListException.class, () -> f.lists.build(client, "swap"));
        } finally {
            release.countDown();
            background.shutdownNow();
            latches.forEach(ServiceRegistration::unregister);
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
            f.close();
        }
    }

    private static void awaitSwap(PriceListFixture f, String version) {
        OptovikFramework.await("swap formatter " + version, () -> f.lists.formats().stream()
                .anyMatch(x -> x.id().equals("swap") && x.version().equals(version)), () -> f.lists.formats().toString());
    }

    private static ServiceRegistration<CountDownLatch> latch(CountDownLatch latch, String name) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("swap.latch", name);
        return OptovikFramework.context().registerService(CountDownLatch.class, latch, properties);
    }

    /** A formatter bundle: a manifest and the two classes of the swap package. */
    private static InputStream jar(String version, String output) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "ru.krek.optovik.itest.swap");
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Activator", SwapActivator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\",ru.krek.optovik.api.pricelist;version=\"[1.0,2)\"");
        a.putValue("X-Swap-Output", output);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (String name : List.of("SwapActivator", "SwapFormatter")) {
                String path = "ru/krek/optovik/itest/swap/" + name + ".class";
                jar.putNextEntry(new JarEntry(path));
                try (InputStream in = HotSwapTest.class.getClassLoader().getResourceAsStream(path)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
