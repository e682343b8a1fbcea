package ir.pishkhan.shared.config;

import java.net.InetAddress;

/** This server's name among the nodes of a cluster: {@code jboss.node.name}, else the host name. */
public final class ServerNode {

    private ServerNode() {
    }

    public static String name() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "node";
            }
        }
        return name;
    }
}
