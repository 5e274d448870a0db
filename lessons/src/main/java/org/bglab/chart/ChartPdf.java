package org.bglab.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.XYChart;

/**
 * A chart as a one-page vector PDF. Done here rather than by XChart's encoder so that the
 * document ID, which PDFBox would otherwise draw from the clock, comes from the chart's content:
 * the same chart gives the same bytes.
 */
final class ChartPdf {

  private ChartPdf() {}

  static byte[] of(XYChart chart, String identity) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(chart.getWidth(), chart.getHeight()));
      document.addPage(page);
      PdfBoxGraphics2D graphics =
          new PdfBoxGraphics2D(document, chart.getWidth(), chart.getHeight());
      chart.paint(graphics, chart.getWidth(), chart.getHeight());
      graphics.dispose();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(graphics.getXFormObject());
      }
      COSArray id = new COSArray();
      id.add(new COSString(digest(identity)));
      id.add(new COSString(digest(identity)));
      document.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] digest(String identity) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(identity.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("every Java runtime has SHA-256", ex);
    }
  }
}
