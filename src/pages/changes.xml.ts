import type { APIRoute } from 'astro';
import { ladderChanges } from '../collections/history.ts';
import { getSite } from '../collections/site.ts';
import { atomFeed, changesFeedTitle } from '../lib/history.ts';
import { BUILD_TIME } from '../lib/site-config.ts';
import { absoluteUrl, route, withBase } from '../lib/urls.ts';

/** How many of the most recent changes the feed carries: feed readers poll it, the page has them all. */
const FEED_ENTRIES = 100;

/**
 * The Atom feed of What changed: one entry per commit and level, the FEED_ENTRIES most recent,
 * newest first, absolute URLs from SITE_URL. Without history in this build it is a valid feed
 * with no entries.
 */
export const GET: APIRoute = async () => {
  const [changes, site] = await Promise.all([ladderChanges(), getSite()]);
  const xml = atomFeed((changes ?? []).slice(0, FEED_ENTRIES), {
    title: changesFeedTitle(site.name),
    selfUrl: absoluteUrl(withBase(route.changesFeed())),
    pageUrl: absoluteUrl(withBase(route.changes())),
    historyUrl: (levelId) => absoluteUrl(withBase(route.levelHistory(levelId))),
    built: BUILD_TIME,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
