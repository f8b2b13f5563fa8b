package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads geoparsing gold sets in the two XML formats of the field: LGL ({@code
 * <article><text/><toponyms><toponym><start/><end/><phrase/><gaztag geonameid=""><lat/><lon/>…})
 * and GeoVirus ({@code <article><text/><locations><location><name/><start/><end/><lat/><lon/>…}).
 * Toponyms without coordinates (LGL's without a {@code <gaztag>}) are counted and left out.
 */
public final class GeoCorpusReader {
  private GeoCorpusReader() {}

  public static GeoCorpus read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    }
  }

  public static GeoCorpus read(String name, InputStream in) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<GeoCorpus.Document> docs = new ArrayList<>();
    int withoutPoint = 0;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(in);
      String docId = null;
      String text = null;
      List<GeoCorpus.GoldToponym> tops = new ArrayList<>();
      // the current toponym
      String phrase = null;
      String geonameId = "";
      Integer start = null;
      Integer end = null;
      Double lat = null;
      Double lon = null;
      boolean inToponym = false;
      boolean sawArticle = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName();
          switch (el) {
            case "article" -> {
              sawArticle = true;
              docId = r.getAttributeValue(null, "docid");
              text = null;
              tops = new ArrayList<>();
            }
            case "toponym", "location" -> {
              inToponym = true;
              phrase = null;
              geonameId = "";
              start = null;
              end = null;
              lat = null;
              lon = null;
            }
            case "gaztag" -> {
              String id = r.getAttributeValue(null, "geonameid");
              geonameId = id == null ? "" : id;
            }
            case "text" -> {
              if (!inToponym) {
                text = r.getElementText();
              }
            }
            case "source" -> {
              if (!inToponym && docId == null) {
                docId = r.getElementText().trim();
              }
            }
            case "phrase" -> phrase = r.getElementText();
            case "name" -> {
              String v = r.getElementText();
              if (inToponym && phrase == null) {
                phrase = v;
              }
            }
            case "start" -> start = Integer.valueOf(r.getElementText().trim());
            case "end" -> end = Integer.valueOf(r.getElementText().trim());
            case "lat" -> lat = Double.valueOf(r.getElementText().trim());
            case "lon" -> lon = Double.valueOf(r.getElementText().trim());
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = r.getLocalName();
          if (el.equals("toponym") || el.equals("location")) {
            inToponym = false;
            if (phrase == null || start == null || end == null) {
              throw new GoldFormatException(
                  name, r.getLocation().getLineNumber(), "a toponym without phrase/start/end");
            }
            if (lat == null || lon == null) {
              withoutPoint++;
            } else {
              tops.add(new GeoCorpus.GoldToponym(phrase, start, end, lat, lon, geonameId));
            }
          } else if (el.equals("article")) {
            if (text == null) {
              throw new GoldFormatException(
                  name, r.getLocation().getLineNumber(), "an article without <text>");
            }
            docs.add(
                new GeoCorpus.Document(
                    docId == null ? Integer.toString(docs.size() + 1) : docId, text, tops));
            docId = null;
          }
        }
      }
      if (!sawArticle) {
        throw new GoldFormatException(name, 0, "no <article> elements (not LGL or GeoVirus XML)");
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new GoldFormatException(name, line, "not well-formed XML: " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new GoldFormatException(
          name, r == null ? 0 : r.getLocation().getLineNumber(), "not a number: " + e.getMessage());
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing to do
        }
      }
    }
    return new GeoCorpus(name, docs, withoutPoint);
  }
}
