# The front cache: Debian's nginx with the cache purge module, configured by docker/nginx.conf.
FROM debian:bookworm-slim

# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx-light libnginx-mod-http-cache-purge \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/* \
 && mkdir -p /var/cache/nginx/pages \
 && chown -R www-data:www-data /var/cache/nginx

COPY docker/nginx.conf /etc/nginx/nginx.conf

USER www-data
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
