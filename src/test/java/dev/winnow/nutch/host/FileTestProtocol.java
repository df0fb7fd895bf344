package dev.winnow.nutch.host;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Text;
import org.apache.nutch.crawl.CrawlDatum;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.net.protocols.Response;
import org.apache.nutch.protocol.Content;
import org.apache.nutch.protocol.Protocol;
import org.apache.nutch.protocol.ProtocolOutput;
import org.apache.nutch.protocol.ProtocolStatus;
import org.apache.nutch.protocol.RobotRulesParser;

/** Test-only stand-in for Nutch's protocol-file: reads a {@code file:} URL as an HTML page. */
public class FileTestProtocol implements Protocol {
    private Configuration conf;

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    @Override
    public ProtocolOutput getProtocolOutput(Text url, CrawlDatum datum) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(URI.create(url.toString())));
            Metadata headers = new Metadata();
            headers.set(Response.CONTENT_TYPE, "text/html");
            headers.set(Response.CONTENT_LENGTH, Integer.toString(bytes.length));
            return new ProtocolOutput(new Content(url.toString(), url.toString(), bytes, "text/html", headers, conf),
                    ProtocolStatus.STATUS_SUCCESS);
        } catch (IOException | RuntimeException e) {
            return new ProtocolOutput(null, new ProtocolStatus(e));
        }
    }

    @Override
    public BaseRobotRules getRobotRules(Text url, CrawlDatum datum, List<Content> robotsTxtContent) {
        return RobotRulesParser.EMPTY_RULES;
    }
}
