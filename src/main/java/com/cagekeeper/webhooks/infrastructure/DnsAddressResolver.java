package com.cagekeeper.webhooks.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.cagekeeper.webhooks.domain.AddressResolver;

/** Every address DNS gives for a host (or the literal address itself). */
@ApplicationScoped
public class DnsAddressResolver implements AddressResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
