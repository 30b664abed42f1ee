/**
 * Generated from the server's OpenAPI document by `npm run gen:api` (openapi-typescript). Do not edit:
 * change the route schemas in src/modules and generate again.
 */

export interface paths {
    "/wijken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wijken (districts) of the municipality, with population and number of offers */
        get: operations["listWijken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wijken/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One wijk, with its boundary and its buurten */
        get: operations["getWijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        /** Log out */
        delete: operations["deleteCurrentSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: staff with e-mail and password, residents with the token from their e-mail link */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a resident a login link by e-mail
         * @description Always answers 202, whether or not the address belongs to a holder.
         */
        post: operations["createLoginLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development only: e-mails the platform would have sent */
        get: operations["listOutboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider with its locations (its own staff and the pass organisation) */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a location (provider admins and the pass organisation)
         * @description The wijk and buurt are derived from the position by point-in-polygon on the CBS geometry; a position outside the municipality is refused.
         */
        post: operations["createProviderLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a location (provider admins and the pass organisation) */
        put: operations["updateProviderLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a provider: all its offers leave the catalogue and the till (pass organisation) */
        post: operations["suspendProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's staff: till staff and admins (provider admins) */
        get: operations["listProviderStaff"];
        put?: never;
        /**
         * Invite a staff member by e-mail, as till staff or admin (provider admins)
         * @description They get an e-mail with a login link that works for 7 days. An address that already has this role gives 409.
         */
        post: operations["inviteProviderStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a staff member: logged out at once (provider admins) */
        delete: operations["removeProviderStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/bank-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider's payouts go (provider admins and the pass organisation) */
        get: operations["getProviderBankAccount"];
        /**
         * Set the IBAN the provider's payouts go to (provider admins and the pass organisation)
         * @description The IBAN is checked (ISO 13616: length per country and mod-97 check digits); spaces and lowercase are accepted.
         */
        put: operations["setProviderBankAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's API tokens for till systems (provider admins) */
        get: operations["listProviderApiTokens"];
        put?: never;
        /** Create an API token for a till system (provider admins); the secret is shown once */
        post: operations["createProviderApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (provider admins): till systems using it are refused from now on */
        delete: operations["revokeProviderApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/till-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the provider's tills identify a pass (provider admins and the pass organisation) */
        get: operations["getProviderTillSettings"];
        /**
         * Turn typed pass numbers on or off for the provider's own tills
         * @description Off: the tills take the QR code of the app only, and a typed number gets 400 typed-pass-number-refused. Other processes follow within 5 seconds.
         */
        put: operations["setProviderTillSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers/{offerId}/payment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set who bears an offer's discount and whether pass credit may pay there (pass organisation only)
         * @description discountBorneBy scheme needs discountSchemeId, a credit scheme of this municipality; the other two take none. The rules apply to redemptions from now on: a redemption booked before keeps its booking, also when it is cancelled.
         */
        put: operations["setOfferPaymentRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers/{offerId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set which pass categories may use an offer (pass organisation only) */
        put: operations["setOfferEligibility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routes/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One route by its readable address, with its story and picture */
        get: operations["getRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routes/{slug}/picture.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The route's picture (SVG) */
        get: operations["getRoutePicture"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routes/{slug}/badge.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The route's badge (SVG), for providers to show on their own site
         * @description May be embedded on other sites: it is served with Cross-Origin-Resource-Policy: cross-origin.
         */
        get: operations["getRouteBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every route, active or not, to edit (pass organisation only) */
        get: operations["listAdminRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/routes/{routeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a route's name, story, picture, order or whether it is shown (pass organisation only)
         * @description Only the fields sent change. The slug (the page address) never changes, so shared links keep working.
         */
        patch: operations["updateRoute"];
        trace?: never;
    };
    "/providers/{providerId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's own offers in every state (its staff and the pass organisation) */
        get: operations["listProviderOffers"];
        put?: never;
        /** Make a draft offer (provider admins) */
        post: operations["createProviderOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the provider’s offers, with changes that wait for moderation */
        get: operations["getProviderOffer"];
        /** Change an offer: a draft at once; a published one after moderation (the pass organisation: at once) */
        put: operations["updateProviderOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for moderation, pause, resume or end an offer */
        post: operations["changeProviderOfferStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set how many are left (no moderation) */
        put: operations["setProviderOfferStock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change to the offer: who, when, what */
        get: operations["listProviderOfferEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers and changes that wait for moderation, oldest first (pass organisation) */
        get: operations["listOfferReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews/{offerId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an offer (or its changes), or ask for changes with a comment (pass organisation)
         * @description Send the version you looked at: when another moderator decided first, or the offer changed since, the answer is 409.
         */
        post: operations["decideOfferReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews/{offerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an offer: off the catalogue and the till at once (pass organisation) */
        post: operations["suspendOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the public offer catalogue
         * @description Published offers that have not ended. `q` searches Dutch text with stemming, ignores accents and tolerates typos. Ordered by relevance, then by distance to the `near` wijk, then by title. Filters combine (AND); `facets` counts, per filter value, the offers that match.
         */
        get: operations["listOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published offer, with its provider, locations and conditions */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routes (themes) of the catalogue, with the number of offers in each */
        get: operations["listRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer categories, in Dutch and English */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pass: number, validity and the passes of my children */
        get: operations["getMyPass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * My card is lost, stolen or broken, or my phone is lost: block my pass and give me a new one
         * @description In one transaction: the old pass is replaced for good (the till refuses it with 409 pass-replaced), a new pass with a new number gets its validity, its redemptions (history and per-pass limits), its credit (a pass_replacement ledger entry) and its child passes. A lost phone also removes all my devices.
         */
        post: operations["replaceMyPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passes/{passId}/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a pass for good and issue a replacement with a new number (pass organisation)
         * @description In one transaction: the old pass is replaced for good (the till refuses it with 409 pass-replaced), a new pass with a new number gets its validity, its redemptions (history and per-pass limits), its credit (a pass_replacement ledger entry) and its child passes.
         */
        post: operations["replacePass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passes/{passId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Block a pass: the till refuses it (409 pass-blocked) until the block is lifted (pass organisation) */
        put: operations["blockPass"];
        post?: never;
        /** Lift the block of a pass (pass organisation); a replaced pass stays refused (409 pass-replaced) */
        delete: operations["unblockPass"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Is this pass valid today? Yes or no, nothing more (partners such as a buurthuis)
         * @description For a partner that makes the pass a condition of membership. The answer says valid true or false and nothing about the holder; an unknown, blocked, replaced or lapsed pass is the same false. A mistyped number gives 400 pass-number-invalid, an old QR code 400 qr-code-expired. At most 60 checks per 10 minutes per caller (429 too-many-requests).
         */
        post: operations["checkMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The devices that show my QR code, also without a connection */
        get: operations["listMyDevices"];
        put?: never;
        /**
         * Add this device: it gets the keys to show my QR codes (and my children's) offline
         * @description The answer holds a key per pass; the device computes the rotating QR codes from it, without a connection. At most 10 devices at once (409 too-many-devices).
         */
        post: operations["addMyDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass/devices/{deviceId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The keys of this device for my passes now (a new child pass or a replacement gets one)
         * @description A removed device gets 404 device-not-found: add it again on purpose.
         */
        post: operations["refreshMyDeviceKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a device (a lost phone): its QR codes stop working at once */
        delete: operations["removeMyDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I and my children used the pass for, newest first */
        get: operations["listMyRedemptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/ledger-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the complete ledger: accounts, entries, lines and settlements (pass organisation only)
         * @description JSON (accounts, entries with their lines, settlement runs, settlements and the lines they cover), CSV (one row per journal line, columns: format_version, entry_id, entry_kind, entry_reference, entry_description, occurred_at, recorded_at, reverses_entry_id, line_no, account_id, account_type, account_name, scheme_id, pass_number, provider_id, amount_cents) or settlements-csv (one row per journal line a settlement covers, columns: format_version, run_id, period_start, period_end, settlement_id, provider_id, creditor_name, creditor_iban, creditor_bic, settlement_amount_cents, settlement_entry_id, status, paid_on, payment_entry_id, payment_source, payment_reference, covered_entry_id, covered_line_no, covered_amount_cents). The format is described in docs/ledger.md.
         */
        get: operations["exportLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger-entries/{entryId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a journal entry by booking its reversal (pass organisation only)
         * @description Books the mirror image of the entry. Reversing the same entry again returns the first reversal. A reversal that would make pass credit negative is refused.
         */
        post: operations["reverseLedgerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/till/passes/{passIdentifier}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offers of my provider for this pass, each with the price to charge now
         * @description passIdentifier is the number on the card (spaces allowed) or the content of the QR code in the app, URL-encoded. A mistyped number or forged QR code gives 400 pass-number-invalid, a QR code older than its window 400 qr-code-expired, one of a removed device 400 qr-code-revoked, a typed number where the provider takes QR codes only 400 typed-pass-number-refused, an unknown pass 404 pass-not-found, a blocked or expired pass 409 pass-blocked or pass-expired. The answer holds the price to charge and nothing else about the holder.
         */
        get: operations["listTillOffersForPass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions, newest first: my provider's, or all for the pass organisation */
        get: operations["listRedemptions"];
        put?: never;
        /**
         * Redeem an offer with a pass
         * @description Books one use of the offer, exactly once: per-pass limits and stock hold under any number of tills. Refusals are problem+json with a type per rule: pass-not-found, pass-number-invalid, qr-code-expired, qr-code-revoked, typed-pass-number-refused, pass-blocked, pass-expired, offer-not-found, offer-of-other-provider, offer-not-available, offer-not-valid-today, offer-sold-out, limit-reached. With creditCents the holder pays that part of the price from pass credit (creditAvailableCents of the till list says how much can): more than the pass can spend at this offer (an offer that takes no credit: 0) gives 409 credit-insufficient, more than the price 400; the redemption and its payment are booked together or not at all. A retry with the same Idempotency-Key and body gets the first answer again (refusals included); the same key with another body gives 422 idempotency-key-reused.
         */
        post: operations["createRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/redemptions/{redemptionId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a mistaken redemption, within 30 minutes
         * @description Only the provider that booked it can cancel. The use no longer counts for the per-pass limit and the stock gets it back; a payment from pass credit goes back onto the pass. Cancelling a cancelled redemption answers its current state; after 30 minutes the answer is 409 redemption-not-cancellable.
         */
        post: operations["cancelRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit schemes with their budget and outstanding credit (pass organisation only) */
        get: operations["listCreditSchemes"];
        put?: never;
        /** Start a credit scheme, optionally with its initial budget */
        post: operations["createCreditScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One credit scheme */
        get: operations["getCreditScheme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/fundings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add budget to the scheme fund, from the municipality's bank */
        post: operations["fundCreditScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load credit onto one pass
         * @description Without amountCents the scheme's amount per pass is loaded. Give a reference to make retries safe: a load is booked once per (scheme, pass, reference).
         */
        post: operations["loadCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/bulk-loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load credit onto many passes from a CSV file
         * @description Body: text/csv with a header row and the columns passNumber and amountCents (whole cents) or amount (euros, "12,50" or "12.50"); an empty amount loads the scheme's amount per pass; comma or semicolon separated. With dryRun=true every row is checked and every bad row reported, and nothing is booked. A real run books all rows in one transaction, or nothing when any row is bad (400 listing every bad row). Loads are booked once per (scheme, pass, reference); the reference defaults to a hash of the file, so uploading the same file again books nothing twice.
         */
        post: operations["bulkLoadCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/expiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After the last day of a scheme, book the credit left on passes back to the scheme fund
         * @description Safe to run again: credit already expired is not booked twice.
         */
        post: operations["expireCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My credit per scheme, with its history (also on my children's passes) */
        get: operations["getOwnCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a pass costs per pass year, and how much of it goes to the actiebudget */
        get: operations["getPassPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a pass (and child passes); answers where to pay
         * @description Logged in as a resident: the order is in your name. Not logged in: give buyer (name, e-mail, wijk); you become a resident and log in later with an e-mail link. Nothing is booked and no pass exists until the payment provider confirms the payment.
         */
        post: operations["createPassOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a pass order (after the checkout) */
        get: operations["getPassOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/pass-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pass orders, newest first (pass organisation only) */
        get: operations["listPassOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders/{orderId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a paid order in full: pays back, books the reversal, blocks its passes (pass organisation only) */
        post: operations["refundPassOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook of a payment provider: a payment changed
         * @description Body `{ "id": "<payment id>" }` as JSON or as a form (Mollie). The body is never trusted: the payment's status and amount are fetched from the provider; only a paid payment of exactly the order's amount is booked, once.
         */
        post: operations["receivePaymentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test-payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment of the built-in TEST provider (no real money) */
        get: operations["getTestPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test-payments/{paymentId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a TEST payment as paid, failed or canceled; the test provider then calls our webhook */
        post: operations["completeTestPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sponsor pledges with what was received, newest first (pass organisation only) */
        get: operations["listSponsorPledges"];
        put?: never;
        /** Record a sponsor's pledge to the actiebudget (books nothing) */
        post: operations["createSponsorPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges/{pledgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sponsor pledge */
        get: operations["getSponsorPledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges/{pledgeId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a sponsor's bank transfer: books it onto the actiebudget
         * @description Books kind sponsor_contribution (see docs/ledger.md), once per bank reference: the same reference again answers 200 with created=false; the same reference with another pledge, amount or date answers 409.
         */
        post: operations["receiveSponsorContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-budget/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: where the actiebudget came from and went to, per month of a year
         * @description In: pass sales, sponsors, other. Out: grants to activities, by wijk and by activity, and other spending. openingBalanceCents + totals.inCents - totals.outCents = closingBalanceCents. No personal data; sponsors are named only when they agreed to it.
         */
        get: operations["getActionBudgetSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-budget/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants from the actiebudget, newest first (pass organisation only) */
        get: operations["listActionBudgetGrants"];
        put?: never;
        /**
         * Spend actiebudget on an activity in a wijk
         * @description Books action_budget → provider_payable of the community centre when given, else → the municipality's bank. Refused (409) when the actiebudget does not cover it. Booked once per reference.
         */
        post: operations["createActionBudgetGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-budget/ledger-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actiebudget's books: every line in and out, newest first (pass organisation only) */
        get: operations["listActionBudgetLedgerLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settlement runs, newest period first (pass organisation only) */
        get: operations["listSettlementRuns"];
        put?: never;
        /**
         * Settle every provider's open payable for a closed period (pass organisation only)
         * @description Default period: last calendar month. Making the run for the same period again returns the first run and books nothing. A period that has not ended (periodEnd must be before today) or overlaps another run is refused.
         */
        post: operations["createSettlementRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A settlement run with its settlements and blocked providers (pass organisation only) */
        get: operations["getSettlementRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}/sepa-credit-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SEPA credit-transfer file (pain.001.001.09) of a run, for the municipality's bank (pass organisation only)
         * @description One transaction per settlement; EndToEndId is the settlement id without hyphens. The MsgId is fixed per run, so the bank refuses a second upload.
         */
        get: operations["getSettlementRunCreditTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the bank's camt.053 statement: settlements it shows as paid are marked paid (pass organisation only)
         * @description Matches each booked debit transaction by EndToEndId and amount. Uploading the same statement again changes nothing.
         */
        post: operations["uploadSettlementBankStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}/payment-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm by hand that the bank paid a settlement (pass organisation only) */
        post: operations["confirmSettlementPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF statement of a settlement: every redemption of the period (the provider's admins and the pass organisation) */
        get: operations["getSettlementStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's settlements, newest period first (its admins and the pass organisation) */
        get: operations["listProviderSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pass holders with their current pass (pass organisation only)
         * @description q matches the name, the e-mail address, the address or the pass number.
         */
        get: operations["listAdminHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Providers with counts of locations, offers and redemptions (pass organisation only)
         * @description q matches the provider's name.
         */
        get: operations["listAdminProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offers of all providers, drafts included (pass organisation only)
         * @description q matches the title or the provider's name.
         */
        get: operations["listAdminOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer, with its payment rules (pass organisation only) */
        get: operations["getAdminOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published schemes guide (regelingen), filtered and searched
         * @description Filters combine (AND). Residents' schemes first, then the budgets for initiatives; each by title.
         */
        get: operations["listSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published scheme */
        get: operations["getScheme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheme-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The eligibility check: which published schemes may suit these answers (nothing is stored) */
        post: operations["checkSchemes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheme-check-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mails the check's result to the address given; stores neither answers nor address
         * @description The address is kept only in the outgoing message. Rate-limited per address and per client.
         */
        post: operations["emailSchemeCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{slug}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report where a scheme fails you (knelpunt); contact details are optional */
        post: operations["reportSchemeProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scheme in any status, with open problem reports (pass organisation) */
        get: operations["listAdminSchemes"];
        put?: never;
        /** Create a scheme, as a draft */
        post: operations["createScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scheme in any status */
        get: operations["getAdminScheme"];
        /** Replace a scheme's content (its status stays) */
        put: operations["updateScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schemes/{schemeId}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish, archive or return a scheme to draft */
        post: operations["changeSchemeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/scheme-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Problem reports (knelpunten), open first; optionally of one scheme */
        get: operations["listSchemeReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/scheme-reports/{reportId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a problem report */
        post: operations["answerSchemeReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holder-files/{holderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A holder's file: details, passes, household, redemptions, credit, messages, notes, audit
         * @description Pass organisation only.
         */
        get: operations["getHolderFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a holder's details (audited)
         * @description Only the fields sent change, all or nothing; each change is written to the audit.
         */
        patch: operations["correctHolderDetails"];
        trace?: never;
    };
    "/holder-files/{holderId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to a holder's file */
        post: operations["addHolderNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ups, newest first (pass organisation) */
        get: operations["listProviderApplications"];
        put?: never;
        /**
         * Sign an organisation up as a provider of the pass (anyone)
         * @description A business gives its KvK number (8 digits); the IBAN is checked (mod-97); the terms must be accepted. The pass organisation decides.
         */
        post: operations["createProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sign-up (pass organisation) */
        get: operations["getProviderApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a sign-up: creates the provider and its first admin, who gets a login link by e-mail */
        post: operations["approveProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the applicant questions (sent by e-mail); the sign-up stays open */
        post: operations["askProviderApplicationQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/declination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a sign-up */
        post: operations["declineProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner organisations, pending sign-ups first (pass organisation only) */
        get: operations["listPartners"];
        put?: never;
        /** Sign up a partner organisation and its first staff member (approved by the pass organisation) */
        post: operations["signUpPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a partner sign-up
         * @description On approval the partner is linked to the given provider, or a provider is made for it.
         */
        post: operations["decidePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in partner staff member's organisation and its applications */
        get: operations["getCurrentPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the rounds of support from the actiebudget with their criteria */
        get: operations["listSupportRounds"];
        put?: never;
        /** Publish a round of support with its criteria (pass organisation only) */
        post: operations["createSupportRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All applications for support, newest first (pass organisation only) */
        get: operations["listSupportApplications"];
        put?: never;
        /** Apply for support for an activity (partner staff) */
        post: operations["createSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application (the pass organisation, or staff of the partner that applied) */
        get: operations["getSupportApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score and decide an application; on approval the actiebudget reserves the grant
         * @description Per participant: an offer on the pass whose price drops by the support; the actiebudget reimburses each redemption, for as many places as the grant covers. Lump sum: the advance is booked now, the rest after the report. Refused (409 action-budget-insufficient) when the actiebudget minus what earlier grants may still draw does not cover it.
         */
        post: operations["decideSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report participants and an evaluation after the activity (partner staff); releases the last payment */
        post: operations["reportSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pacts with their evaluations: all for the pass organisation, a partner's own for its staff */
        get: operations["listPacts"];
        put?: never;
        /** Make a pact of at least a year with a partner (pass organisation only) */
        post: operations["createPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pact; at each evaluation moment that has come, the figures the platform knows */
        get: operations["getPact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a pact: a new one from the day after it ends, with the same commitments */
        post: operations["renewPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a pact early, with a reason */
        post: operations["endPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pact as a PDF for signing, with the evaluation figures so far */
        get: operations["getPactDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quotas with codes made, codes used and cost: all for the pass organisation, a partner's own for its staff */
        get: operations["listAppreciationQuotas"];
        put?: never;
        /** Give a partner a quota of appreciation passes for its volunteers (pass organisation only) */
        post: operations["createAppreciationQuota"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-quotas/{quotaId}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The codes of a quota and whether each was used (not by whom) */
        get: operations["listAppreciationCodes"];
        put?: never;
        /** Make one code to hand to a volunteer (partner staff); refused when the quota is used up */
        post: operations["createAppreciationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-codes/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A volunteer activates a code into a pass of their own (rate-limited)
         * @description Makes a holder, a regular pass for a year and a resident account (log in with an e-mail link).
         */
        post: operations["activateAppreciationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the top 30 of volunteer activities of the latest month */
        get: operations["getTop30"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate a volunteer activity, on the pass or not yet (partner staff) */
        post: operations["nominateTop30"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/nominations/{nominationId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score a nomination 0–10: the pass organisation's jury, or a volunteer organisation's staff */
        put: operations["scoreTop30Nomination"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the weights of reach, jury score and volunteer organisation score (pass organisation only) */
        put: operations["setTop30Weights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/recomputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute this month's top 30 now (the job does it monthly) */
        post: operations["recomputeTop30"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applicant-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a login link to apply for the free pass; makes an account for a new applicant
         * @description Always answers 202, whether or not the address was known. Rate limited like login links.
         */
        post: operations["createApplicantAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue, oldest first (pass organisation only) */
        get: operations["listApplications"];
        put?: never;
        /** Apply for the free pass, for yourself and your household (residents) */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications, newest first */
        get: operations["listMyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/application-reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who applications can be assigned to (pass organisation only) */
        get: operations["listApplicationReviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with household, evidence and history (its applicant or a reviewer) */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add evidence: a PDF, JPEG or PNG file of at most 10 MB (the applicant, while open)
         * @description The body is the file itself. Its type is read from its first bytes, not from its name.
         */
        post: operations["addApplicationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file (the applicant or a reviewer; until it is deleted) */
        get: operations["getApplicationEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the reviewer's question (the applicant) */
        post: operations["answerApplicationQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application that is still open (the applicant) */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign an open application to a reviewer, or to nobody (pass organisation) */
        put: operations["assignApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the applicant for more information; they get an e-mail (pass organisation) */
        post: operations["requestApplicationInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (issues the passes and sends the e-mail) or reject with a reason and how to object
         * @description An application that was decided or withdrawn in the meantime answers 409: nothing is changed.
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/income-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest imports, newest first (pass organisation) */
        get: operations["listIncomeImports"];
        put?: never;
        /**
         * Import the income administration export: a dry run, or the real run (pass organisation)
         * @description Body: the CSV export (semicolons or commas, UTF-8 or Windows-1252, dates dd-mm-jjjj) with the columns klantnummer, naam, adres (postcode, woonplaats), geboortedatum, e-mail, categorie (minimum or mantelzorger) and huishouden (the client number of the head of the household). A BSN column is refused. A dry run answers 201 with every problem; a real run answers 202 at once, and GET /income-imports/{runId} shows its progress.
         */
        post: operations["createIncomeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/income-imports/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with its progress, report and every problem (pass organisation) */
        get: operations["getIncomeImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/income-imports/{runId}/letters.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The welcome letters of an import, one print-ready PDF (pass organisation) */
        get: operations["getIncomeImportLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gift-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All gift orders with their codes, newest first (pass organisation only) */
        get: operations["listGiftOrders"];
        put?: never;
        /**
         * Order gift codes for passes (a business or employer), paid online or on invoice
         * @description Online: pay at checkoutUrl; the codes exist once the provider says the payment is paid. Invoice: the codes exist once the pass organisation confirms the transfer.
         */
        post: operations["createGiftOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gift-orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A gift order and its codes, for its buyer (accessToken) or the pass organisation */
        get: operations["getGiftOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gift-orders/{orderId}/invoice-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the bank transfer of an invoiced gift order: makes the codes and books the sale
         * @description The same bank reference again changes nothing.
         */
        post: operations["confirmGiftOrderInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gift-code-redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a pass with a gift code (once per code)
         * @description After 10 unknown, used or expired codes from one address in 15 minutes: 429 with Retry-After.
         */
        post: operations["redeemGiftCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maps/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the web app draws maps: the basemap, or none (then only our own polygons) */
        get: operations["getMapSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maps/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The boundaries of the wijken and buurten, as GeoJSON in WGS84
         * @description CBS geometry, reprojected from RD New (EPSG:28992) once on the server and cached. Wijk features first, then buurten.
         */
        get: operations["getMapAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maps/offer-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the catalogue offers can be used: locations as GeoJSON points in WGS84, with their offers */
        get: operations["getMapOfferLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wijk-pages/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One wijk by its readable address: buurten, buurthuizen, what the actiebudget paid for there */
        get: operations["getWijkPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agenda: events and their repetitions in a period, in time order
         * @description Filters combine (AND). Without from/to, the period decides the days (default: the next 31 days).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same agenda as an iCal feed a phone calendar can subscribe to */
        get: operations["getEventsCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/festivals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Festivals that have not ended */
        get: operations["listFestivals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/festivals/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One festival by its readable address, with all its events */
        get: operations["getFestival"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-profiles/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's public profile: story, locations, routes and current offers */
        get: operations["getProviderProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/new-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New on the pass: providers that joined in the last 90 days and have a current offer */
        get: operations["listNewProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/starter-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Five offers to try first in a wijk, for new residents (the wegwijzer) */
        get: operations["listStarterOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/desk/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The desk's day: its sales point, today's sales and totals per payment method, and its closing */
        get: operations["getDeskDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/desk/passes/{passNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pass as the desk sees it, to renew it: number, holder name, status, validity */
        get: operations["getDeskPass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/desk/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sell a new pass or renew a paid pass at the desk, paid by pin or cash
         * @description Booked as a pass sale with the actiebudget share. The same saleId again sells nothing twice.
         */
        post: operations["createDeskSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/desk/day-closings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every desk's day closings, newest first (pass organisation only) */
        get: operations["listDeskDayClosings"];
        put?: never;
        /** Close today at this desk: counted cash and the pin terminal's total against the recorded sales */
        post: operations["closeDeskDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/printable-pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable pass: an A4 PDF with a card to cut out per pass in use (own and children) */
        get: operations["getPrintablePass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/card-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a physical card of my pass (once; asking again changes nothing) */
        post: operations["requestCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Card batches, newest first (pass organisation) */
        get: operations["listCardBatches"];
        put?: never;
        /**
         * Make a card batch: chosen passes and/or everyone who asked for a card (pass organisation)
         * @description A pass that already has a card on its way is left out: the same batch made twice prints no second card.
         */
        post: operations["createCardBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-batches/{batchId}/cards.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card printer's CSV file of a batch */
        get: operations["getCardBatchCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-batches/{batchId}/proof.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF proof of a batch: every card as it will be printed */
        get: operations["getCardBatchProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-batches/{batchId}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a batch's cards sent */
        post: operations["markCardBatchSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provider's own figures: redemptions per week and month, reach, turnover (provider admins)
         * @description Figures about holders (unique holders, reach per wijk and route) are hidden below 10 people (`suppressed`). Nothing says which holders are minima or carers.
         */
        get: operations["getProviderFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboards/{condition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard of one of the six success conditions: indicators, monthly trend, breakdowns
         * @description Figures about people are hidden below 10 (`suppressed`), with complementary suppression. Redemptions count once they are past the 30-minute cancellation window (`figuresUntil`).
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboards/{condition}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dashboard as CSV or XLSX (suppressed figures read "<10") */
        get: operations["exportDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opgaven (policy goals), with `mine` for a beleidsmedewerker */
        get: operations["listPolicyGoals"];
        put?: never;
        /** Add an opgave (pass organisation) */
        post: operations["createPolicyGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals/{goalId}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign beleidsmedewerkers to an opgave (pass organisation) */
        put: operations["setPolicyGoalOfficers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals/{goalId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tag offers, schemes, supported activities and campaigns with an opgave (pass organisation) */
        put: operations["setPolicyGoalTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals/{goalId}/kansenkaart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The kansenkaart of an opgave: its board of opportunities and the map of its target group's reach per wijk
         * @description Reach is hidden below 10 people, with complementary suppression over the wijken.
         */
        get: operations["getKansenkaart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals/{goalId}/kansenkaart/wijken/{wijkCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reach per buurt of one wijk: only when every buurt figure is about 10 people or more */
        get: operations["getKansenkaartBuurten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-goals/{goalId}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an opportunity on an opgave's kansenkaart (its beleidsmedewerkers, the pass organisation) */
        post: operations["proposeOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy-opportunities/{opportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an opportunity to another status */
        patch: operations["moveOpportunity"];
        trace?: never;
    };
    "/game-plan-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The game plan's actions by phase (starten, aanzetten, versnellen, finishen) */
        get: operations["listGamePlanActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/game-plan-actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status, owner or date of a game plan action (pass organisation) */
        patch: operations["changeGamePlanAction"];
        trace?: never;
    };
    "/annual-plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Jaarplan Opgaven of a year, with the results the platform measured */
        get: operations["getAnnualPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/annual-plans/{year}/entries/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write an opgave's part of the Jaarplan (pass organisation) */
        put: operations["setAnnualPlanEntry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/annual-plans/{year}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Jaarplan Opgaven as a PDF with charts, or as CSV */
        get: operations["getAnnualPlanReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description URI that identifies the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
        };
        CreditScheme: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @description Amount in euro cents, a positive whole number */
            amountPerPassCents: number;
            /** @description Pass categories that may receive this credit; empty: all */
            eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
            /** @description Offer category slugs where the credit can be spent; empty: all offers */
            spendableOfferCategories: string[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validUntil: string;
            /** @description Budget left in the scheme fund */
            fundBalanceCents: number;
            /** @description Credit on passes that is not spent or expired */
            outstandingCreditCents: number;
            passesWithCredit: number;
            /** Format: date-time */
            createdAt: string;
        };
        SponsorReceipt: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pledgeId: string;
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            receivedOn: string;
            bankReference: string;
            /** Format: uuid */
            entryId: string;
            /** @description The booking was corrected by a reversal */
            reversed: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SponsorPledge: {
            /** Format: uuid */
            id: string;
            sponsor: {
                /** Format: uuid */
                id: string;
                name: string;
                contactName: string | null;
                contactEmail: string | null;
                providerId: string | null;
            };
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expectedOn: string;
            publicityText: string;
            /** @description The sponsor agreed to be named on the public actiebudget page */
            publicityAgreed: boolean;
            receivedCents: number;
            outstandingCents: number;
            status: "pledged" | "partly-received" | "received";
            receipts: components["schemas"]["SponsorReceipt"][];
            /** Format: date-time */
            createdAt: string;
        };
        ActionBudgetGrant: {
            /** Format: uuid */
            id: string;
            reference: string;
            activityName: string;
            wijk: {
                code: string;
                name: string;
            };
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            grantedOn: string;
            communityCentreProviderId: string | null;
            /** Format: uuid */
            entryId: string;
            /** Format: date-time */
            createdAt: string;
        };
        ActionBudgetLedgerLine: {
            /** Format: uuid */
            entryId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description The entry kind (a reversal shows the kind it reverses) */
            kind: string;
            description: string;
            /** @description Amount in euro cents */
            amountCents: number;
            wijk: {
                code: string;
                name: string;
            } | null;
            activityName: string | null;
        };
        SchemeSummary: {
            /** Format: uuid */
            id: string;
            /** @description Web address of the scheme: lower-case words with hyphens */
            slug: string;
            title: string;
            summary: string;
            /** @description residents, or volunteer initiatives (budgets open to them) */
            audience: "residents" | "initiatives";
            providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
            providerName: string;
            /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
            applyRoute: "online_form" | "through_person" | "no_application";
            lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
            themes: string[];
            grantsPass: boolean;
            passPriceCents: number | null;
        };
        AdminScheme: {
            /** Format: uuid */
            id: string;
            /** @description Web address of the scheme: lower-case words with hyphens */
            slug: string;
            title: string;
            summary: string;
            /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
            bodyMarkdown: string;
            whoFor: string;
            /** @description Markdown */
            criteria: string;
            amounts: string;
            /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
            applyRoute: "online_form" | "through_person" | "no_application";
            applyWhere: string;
            contact: string;
            providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
            providerName: string;
            /** @description residents, or volunteer initiatives (budgets open to them) */
            audience: "residents" | "initiatives";
            lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
            themes: string[];
            /** @description The scheme grants the city pass */
            grantsPass: boolean;
            applyUrl: null | string;
            applyPerson: null | string;
            /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
            passPriceCents: null | number;
            /** Format: date-time */
            updatedAt: string;
            status: "draft" | "published" | "archived";
            eligibility: {
                /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                anyOf: {
                    /** @description Income at most this % of the social minimum */
                    maxIncomePercent?: number;
                    /**
                     * @description Only for mantelzorgers
                     * @enum {boolean}
                     */
                    caring?: true;
                    minAge?: number;
                    maxAge?: number;
                    /** @description Has a child of at least this age... */
                    childAgeFrom?: number;
                    /** @description ... and at most this age */
                    childAgeTo?: number;
                    households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                    lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                }[];
            };
            publishedAt: string | null;
            openReports: number;
        };
        SchemeReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schemeId: string;
            schemeTitle: string;
            reporterKind: "resident" | "partner";
            message: string;
            contactName: string | null;
            contactEmail: string | null;
            answer: string | null;
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        HolderAddress: {
            street: string;
            houseNumber: string;
            /** @description Dutch postcode, e.g. 1506 CA */
            postcode: string;
            city: string;
        };
        HolderNote: {
            /** Format: uuid */
            id: string;
            body: string;
            writtenBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        Partner: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
            wijk: {
                code: string;
                name: string;
            };
            description: string;
            email: string;
            phone: string | null;
            status: "pending" | "approved" | "rejected";
            /** @description The provider on the pass this partner also is, if any */
            providerId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SupportApplication: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            roundId: string;
            roundName: string;
            title: string;
            description: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            startsOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            endsOn: string;
            wijk: {
                code: string;
                name: string;
            };
            targetGroup: string;
            expectedReach: number;
            /** @description Amount in euro cents, a positive whole number */
            budgetCents: number;
            /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
            supportKind: "per_participant" | "lump_sum";
            pricePerParticipantCents: number | null;
            /** @description Amount in euro cents, a positive whole number */
            askedCents: number;
            status: "submitted" | "approved" | "rejected" | "reported" | "closed";
            priority: {
                /** @description The wijk is a priority of the round */
                wijk: boolean;
                /** @description The target group is a priority of the round */
                targetGroup: boolean;
            };
            scores: {
                reach: number;
                targetGroup: number;
                quality: number;
                costs: number;
            } | null;
            decisionReason: string | null;
            grantedCents: number | null;
            grantedPerParticipantCents: number | null;
            /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
            paidCents: number | null;
            /** @description per_participant: the offer on the pass */
            offerId: string | null;
            participants: {
                onThePass: {
                    value: number | null;
                    /** @description true: fewer than 10 people, so no figure is shown */
                    suppressed: boolean;
                };
                /** @description The partner's own count */
                reported: number | null;
            };
            evaluation: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SupportRound: {
            /** Format: uuid */
            id: string;
            name: string;
            eligibleCosts: string;
            /** @description Amount in euro cents, a positive whole number */
            maxAmountCents: number;
            /** @description Amount in euro cents, a positive whole number */
            maxPerParticipantCents: number;
            priorityWijken: {
                code: string;
                name: string;
            }[];
            priorityTargetGroups: string[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            opensOn: string;
            deadline: string | null;
            /** @description Whether applications are taken today */
            open: boolean;
        };
        Pact: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            startsOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            endsOn: string;
            organisationCommitments: string;
            partnerCommitments: string;
            activitiesPerQuarter: number;
            expectedReach: number;
            supportCents: number;
            status: "active" | "renewed" | "ended";
            endedOn: string | null;
            endReason: string | null;
            renewsPactId: string | null;
            evaluations: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                moment: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from: string;
                /** @description The moment has come: the figures are filled in */
                due: boolean;
                activitiesHeld: number | null;
                holdersReached: {
                    value: number | null;
                    /** @description true: fewer than 10 people, so no figure is shown */
                    suppressed: boolean;
                } | null;
                /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                supportPaidCents: number | null;
            }[];
        };
        AppreciationQuota: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            passes: number;
            codesMade: number;
            codesUsed: number;
            pricePerPassCents: number;
            /** @description passes × price: what the quota costs its funder at most */
            costCents: number;
            /** @description codes used × price */
            usedCostCents: number;
            /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
            fundedBy: "sponsor" | "municipal_budget";
            funderName: string;
        };
        AppreciationCode: {
            /** Format: uuid */
            id: string;
            code: string;
            label: string | null;
            used: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Top30Weights: {
            reach: number;
            jury: number;
            volunteerOrganisation: number;
        };
        ApplicationReviewer: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ApplicationEvidence: {
            /** Format: uuid */
            id: string;
            fileName: string;
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            deletedAt: string | null;
        };
        Application: {
            /** Format: uuid */
            id: string;
            /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
            ground: "minimum" | "carer";
            status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
            applicant: {
                name: string;
                email: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD, or null
                 */
                birthDate: string | null;
            };
            household: {
                relation: "partner" | "child";
                name: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                birthDate: string;
            }[];
            explanation: string;
            assignedTo: components["schemas"]["ApplicationReviewer"] | null;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            updatedAt: string;
            decision: {
                outcome: "approved" | "rejected";
                reason: string;
                objectionInfo: string;
                decidedBy: string;
                /** Format: date-time */
                decidedAt: string;
            } | null;
            evidence: components["schemas"]["ApplicationEvidence"][];
            events: {
                kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                actorName: string;
                message: string;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        ApplicationSummary: {
            /** Format: uuid */
            id: string;
            /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
            ground: "minimum" | "carer";
            status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
            applicantName: string;
            /** @description People the application is for, the applicant included */
            householdSize: number;
            evidenceCount: number;
            assignedTo: components["schemas"]["ApplicationReviewer"] | null;
            /** Format: date-time */
            submittedAt: string;
        };
        IncomeImportRunSummary: {
            /** Format: uuid */
            id: string;
            fileName: string;
            dryRun: boolean;
            status: "checked" | "running" | "done" | "failed";
            totalRows: number;
            processedRows: number;
            report: {
                created: number;
                renewed: number;
                updated: number;
                unchanged: number;
                refused: number;
            };
            /** @description Welcome letters in the PDF, for residents without e-mail */
            lettersCount: number;
            lettersUrl: string | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
        };
        GiftOrder: {
            /** Format: uuid */
            id: string;
            companyName: string;
            contactName: string;
            contactEmail: string;
            quantity: number;
            /** @description Amount in euro cents, a positive whole number */
            unitPriceCents: number;
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /** @description Amount in euro cents */
            actionBudgetShareCents: number;
            /** @description online: paid at once through the payment provider; invoice: codes come when the transfer is confirmed */
            paymentMethod: "online" | "invoice";
            status: "open" | "invoiced" | "paid" | "failed" | "canceled" | "expired";
            purchaseOrderReference: string | null;
            /** Format: date-time */
            createdAt: string;
            paidAt: string | null;
            /** @description Empty until the order is paid */
            codes: {
                /** @description Formatted in groups of four */
                code: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                expiresOn: string;
                status: "available" | "used" | "expired";
            }[];
        };
        DayClosing: {
            salesPointName: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            day: string;
            salesCount: number;
            /** @description Amount in euro cents */
            recordedCashCents: number;
            /** @description Amount in euro cents */
            countedCashCents: number;
            /** @description Counted minus recorded */
            cashDifferenceCents: number;
            /** @description Amount in euro cents */
            recordedPinCents: number;
            /** @description Amount in euro cents */
            pinTerminalCents: number;
            /** @description Terminal minus recorded */
            pinDifferenceCents: number;
            note: string;
            closedBy: string;
            /** Format: date-time */
            closedAt: string;
        };
        CardBatch: {
            /** Format: uuid */
            id: string;
            cardCount: number;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWijken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description CBS wijk code, e.g. WK047912 */
                            code: string;
                            name: string;
                            /** @description Residents (CBS) */
                            population: number;
                            /** @description Catalogue offers with a location in this wijk */
                            offerCount: number;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWijk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CBS wijk code, e.g. WK047912 */
                        code: string;
                        name: string;
                        /** @description Residents (CBS) */
                        population: number;
                        /** @description Catalogue offers with a location in this wijk */
                        offerCount: number;
                        /** @description Households (CBS) */
                        households: number | null;
                        /** @description GeoJSON geometry (MultiPolygon) in RD New (EPSG:28992), metres, as published by CBS */
                        geometry: {
                            type: string;
                            coordinates: unknown[];
                        } & {
                            [key: string]: unknown;
                        };
                        buurten: {
                            code: string;
                            name: string;
                            population: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: "anonymous" | "resident" | "staff" | "till_system";
                        tenantId: string;
                        name?: string;
                        role?: string;
                        providerId?: string | null;
                        /** @description The actions this caller may perform in general (policy action names such as till.use or credit.manage), for a client to decide what to show. Every call is still checked. */
                        permissions: string[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    password?: string;
                    loginToken?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: "anonymous" | "resident" | "staff" | "till_system";
                        tenantId: string;
                        name?: string;
                        role?: string;
                        providerId?: string | null;
                        /** @description The actions this caller may perform in general (policy action names such as till.use or credit.manage), for a client to decide what to show. Every call is still checked. */
                        permissions: string[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLoginLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutboxMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            to: string;
                            subject: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        description: string;
                        website: string | null;
                        email: string | null;
                        phone: string | null;
                        status: "active" | "suspended";
                        locations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            street: string;
                            postcode: string;
                            city: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            buurt: {
                                code: string;
                                name: string;
                            } | null;
                            openingHours: string;
                            accessibility: string;
                            position: {
                                /** @description WGS84 degrees north */
                                latitude: number;
                                /** @description WGS84 degrees east */
                                longitude: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    street: string;
                    /** @description Dutch postcode, e.g. 1506 EB */
                    postcode: string;
                    city: string;
                    /** @description As the provider writes them */
                    openingHours?: string;
                    /** @description E.g. "Wheelchair entrance at the side, no steps inside" */
                    accessibility?: string;
                    position: {
                        /** @description WGS84 degrees north */
                        latitude: number;
                        /** @description WGS84 degrees east */
                        longitude: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        street: string;
                        postcode: string;
                        city: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        buurt: {
                            code: string;
                            name: string;
                        } | null;
                        openingHours: string;
                        accessibility: string;
                        position: {
                            /** @description WGS84 degrees north */
                            latitude: number;
                            /** @description WGS84 degrees east */
                            longitude: number;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProviderLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    street: string;
                    /** @description Dutch postcode, e.g. 1506 EB */
                    postcode: string;
                    city: string;
                    /** @description As the provider writes them */
                    openingHours?: string;
                    /** @description E.g. "Wheelchair entrance at the side, no steps inside" */
                    accessibility?: string;
                    position: {
                        /** @description WGS84 degrees north */
                        latitude: number;
                        /** @description WGS84 degrees east */
                        longitude: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        street: string;
                        postcode: string;
                        city: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        buurt: {
                            code: string;
                            name: string;
                        } | null;
                        openingHours: string;
                        accessibility: string;
                        position: {
                            /** @description WGS84 degrees north */
                            latitude: number;
                            /** @description WGS84 degrees east */
                            longitude: number;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        offersSuspended: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            role: "till_staff" | "provider_admin";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                    role: "till_staff" | "provider_admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            role: "till_staff" | "provider_admin";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        iban: string | null;
                        bic: string | null;
                        accountHolderName: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProviderBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    iban: string;
                    bic?: string;
                    /** @description Name on the account, as the bank knows it */
                    accountHolderName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        iban: string | null;
                        bic: string | null;
                        accountHolderName: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderApiTokens: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            revokedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the token is for, e.g. "Kassa 1" */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        revokedAt: string | null;
                        /** @description The secret for the Authorization: Bearer header. Shown only this once; store it in the till system. */
                        token: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeProviderApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderTillSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether this provider's tills take a typed pass number; false: only the QR code of the app */
                        acceptsTypedPassNumbers: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProviderTillSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whether this provider's tills take a typed pass number; false: only the QR code of the app */
                    acceptsTypedPassNumbers: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether this provider's tills take a typed pass number; false: only the QR code of the app */
                        acceptsTypedPassNumbers: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOfferPaymentRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whether holders may pay here from pass credit */
                    payableFromCredit: boolean;
                    /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                    discountBorneBy: "provider" | "scheme" | "action_budget";
                    /** Format: uuid */
                    discountSchemeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        offerId: string;
                        /** @description Whether holders may pay here from pass credit */
                        payableFromCredit: boolean;
                        /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                        discountBorneBy: "provider" | "scheme" | "action_budget";
                        discountScheme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOfferEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only passes of these categories may use the offer (carer: mantelzorgers, low_income: minima); empty: every pass. The till refuses it to anyone else with 409 offer-not-available, worded the same whatever the reason. */
                    passCategories: ("regular" | "low_income" | "carer" | "child")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        offerId: string;
                        /** @description Only passes of these categories may use the offer (carer: mantelzorgers, low_income: minima); empty: every pass. The till refuses it to anyone else with 409 offer-not-available, worded the same whatever the reason. */
                        passCategories: ("regular" | "low_income" | "carer" | "child")[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Readable address of the route page: /routes/{slug} */
                        slug: string;
                        name: string;
                        /** @description One or two sentences for the overview */
                        description: string;
                        /** @description The story of the route, B1 Dutch; paragraphs separated by an empty line */
                        story: string;
                        /** @description Pictogram of the route; the server draws the picture and the badge with it */
                        picture: "heart" | "spa" | "sport" | "star" | "windmill" | "house" | "family" | "tree";
                        /** @description Colour of the route, #rrggbb */
                        color: string;
                        /** @description The route picture (SVG), on this server */
                        pictureUrl: string;
                        /** @description The route badge (SVG) that providers may show on their own site */
                        badgeUrl: string;
                        /** @description Catalogue offers on this route */
                        offerCount: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoutePicture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG picture */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRouteBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG badge */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Readable address of the route page: /routes/{slug} */
                            slug: string;
                            name: string;
                            /** @description One or two sentences for the overview */
                            description: string;
                            /** @description The story of the route, B1 Dutch; paragraphs separated by an empty line */
                            story: string;
                            /** @description Pictogram of the route; the server draws the picture and the badge with it */
                            picture: "heart" | "spa" | "sport" | "star" | "windmill" | "house" | "family" | "tree";
                            /** @description Colour of the route, #rrggbb */
                            color: string;
                            /** @description The route picture (SVG), on this server */
                            pictureUrl: string;
                            /** @description The route badge (SVG) that providers may show on their own site */
                            badgeUrl: string;
                            sortOrder: number;
                            /** @description Inactive routes are not shown to the public; their offers keep the link */
                            isActive: boolean;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                routeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    story?: string;
                    /** @description Pictogram of the route; the server draws the picture and the badge with it */
                    picture?: "heart" | "spa" | "sport" | "star" | "windmill" | "house" | "family" | "tree";
                    /** @description Colour of the route, #rrggbb */
                    color?: string;
                    sortOrder?: number;
                    isActive?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Readable address of the route page: /routes/{slug} */
                        slug: string;
                        name: string;
                        /** @description One or two sentences for the overview */
                        description: string;
                        /** @description The story of the route, B1 Dutch; paragraphs separated by an empty line */
                        story: string;
                        /** @description Pictogram of the route; the server draws the picture and the badge with it */
                        picture: "heart" | "spa" | "sport" | "star" | "windmill" | "house" | "family" | "tree";
                        /** @description Colour of the route, #rrggbb */
                        color: string;
                        /** @description The route picture (SVG), on this server */
                        pictureUrl: string;
                        /** @description The route badge (SVG) that providers may show on their own site */
                        badgeUrl: string;
                        sortOrder: number;
                        /** @description Inactive routes are not shown to the public; their offers keep the link */
                        isActive: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            providerId: string;
                            providerName: string;
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            /** @description Goes up with every change; a moderator sends it back with a decision */
                            version: number;
                            /** @description For a published or paused offer: changes that wait for moderation */
                            pendingStatus: "submitted" | "changes_requested" | null;
                            pendingChanges: {
                                [key: string]: unknown;
                            } | null;
                            reviewComment: string | null;
                            title: string;
                            summary: string;
                            description: string;
                            conditions: string;
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            regularPriceCents: number | null;
                            discountPercent: number | null;
                            amountOffCents: number | null;
                            fixedPriceCents: number | null;
                            reducedPriceCents: number | null;
                            limitPerPass: number | null;
                            limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                            stockTotal: number | null;
                            stockRemaining: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            categories: string[];
                            targetGroups: string[];
                            routes: string[];
                            locationIds: string[];
                            eventDays: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary?: string;
                    description?: string;
                    conditions?: string;
                    priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                    regularPriceCents?: null | number;
                    discountPercent?: null | number;
                    amountOffCents?: null | number;
                    fixedPriceCents?: null | number;
                    reducedPriceCents?: null | number;
                    limitPerPass?: null | number;
                    limitPeriod?: null | ("day" | "week" | "month" | "pass_year" | "ever");
                    stockTotal?: null | number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    categories: string[];
                    /** @description Who the offer is for */
                    targetGroups: ("iedereen" | "kinderen" | "jongeren" | "volwassenen" | "gezinnen" | "ouderen")[];
                    /** @description Route slugs */
                    routes: string[];
                    /** @description The provider's own locations */
                    locationIds: string[];
                    /** @description Dates of an event, for the calendar */
                    eventDays: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary?: string;
                    description?: string;
                    conditions?: string;
                    priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                    regularPriceCents?: null | number;
                    discountPercent?: null | number;
                    amountOffCents?: null | number;
                    fixedPriceCents?: null | number;
                    reducedPriceCents?: null | number;
                    limitPerPass?: null | number;
                    limitPeriod?: null | ("day" | "week" | "month" | "pass_year" | "ever");
                    stockTotal?: null | number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    categories: string[];
                    /** @description Who the offer is for */
                    targetGroups: ("iedereen" | "kinderen" | "jongeren" | "volwassenen" | "gezinnen" | "ouderen")[];
                    /** @description Route slugs */
                    routes: string[];
                    /** @description The provider's own locations */
                    locationIds: string[];
                    /** @description Dates of an event, for the calendar */
                    eventDays: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeProviderOfferStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description submitted: send a draft for moderation; paused / published: pause or resume; ended: stop for good */
                    status: "submitted" | "paused" | "published" | "ended";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProviderOfferStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How many are left from now on; null: no limit */
                    stockRemaining: null | number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderOfferEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorName: string;
                            action: string;
                            changes: {
                                [key: string]: unknown;
                            };
                            comment: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOfferReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            providerId: string;
                            providerName: string;
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            /** @description Goes up with every change; a moderator sends it back with a decision */
                            version: number;
                            /** @description For a published or paused offer: changes that wait for moderation */
                            pendingStatus: "submitted" | "changes_requested" | null;
                            pendingChanges: {
                                [key: string]: unknown;
                            } | null;
                            reviewComment: string | null;
                            title: string;
                            summary: string;
                            description: string;
                            conditions: string;
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            regularPriceCents: number | null;
                            discountPercent: number | null;
                            amountOffCents: number | null;
                            fixedPriceCents: number | null;
                            reducedPriceCents: number | null;
                            limitPerPass: number | null;
                            limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                            stockTotal: number | null;
                            stockRemaining: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            categories: string[];
                            targetGroups: string[];
                            routes: string[];
                            locationIds: string[];
                            eventDays: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideOfferReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "approve" | "request_changes";
                    /** @description The version the moderator looked at */
                    version: number;
                    /** @description Required when changes are requested */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                /** @description Search words; each word must match (stem prefix, part of a compound word, or a close spelling) */
                q?: string;
                /** @description Route slug */
                route?: string;
                /** @description Wijk code, e.g. WK047912 */
                wijk?: string;
                /** @description Category slug */
                category?: string;
                /** @description Target group */
                targetGroup?: string;
                /** @description Only free offers */
                free?: boolean;
                /** @description Only offers valid on or after this day */
                dateFrom?: string;
                /** @description Only offers valid on or before this day */
                dateTo?: string;
                /** @description Wijk code: only offers within 2.5 km of its centre, nearest first */
                near?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Price without the pass, in euro cents; null when the offer states none */
                            regularPriceCents: number | null;
                            /** @description Price with the pass, in euro cents; null when it cannot be stated */
                            passPriceCents: number | null;
                            routes: {
                                slug: string;
                                name: string;
                            }[];
                            /** @description Wijken with a location where the offer can be used */
                            wijken: {
                                code: string;
                                name: string;
                            }[];
                            /** @description Category slugs */
                            categories: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            /** @description Optional translations of the provider's own text; the original stays in title, summary and description */
                            translations: {
                                en?: {
                                    title?: string;
                                    summary?: string;
                                    description?: string;
                                };
                                tr?: {
                                    title?: string;
                                    summary?: string;
                                    description?: string;
                                };
                                ar?: {
                                    title?: string;
                                    summary?: string;
                                    description?: string;
                                };
                                pl?: {
                                    title?: string;
                                    summary?: string;
                                    description?: string;
                                };
                                uk?: {
                                    title?: string;
                                    summary?: string;
                                    description?: string;
                                };
                            };
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                        facets: {
                            routes: {
                                /** @description The filter value: a route slug, wijk code, category slug or target group */
                                value: string;
                                /** @description How many of the matching offers have it */
                                count: number;
                            }[];
                            wijken: {
                                /** @description The filter value: a route slug, wijk code, category slug or target group */
                                value: string;
                                /** @description How many of the matching offers have it */
                                count: number;
                            }[];
                            categories: {
                                /** @description The filter value: a route slug, wijk code, category slug or target group */
                                value: string;
                                /** @description How many of the matching offers have it */
                                count: number;
                            }[];
                            targetGroups: {
                                /** @description The filter value: a route slug, wijk code, category slug or target group */
                                value: string;
                                /** @description How many of the matching offers have it */
                                count: number;
                            }[];
                            /** @description How many of the matching offers are free */
                            free: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        summary: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            website: string | null;
                        };
                        /** @description Price without the pass, in euro cents; null when the offer states none */
                        regularPriceCents: number | null;
                        /** @description Price with the pass, in euro cents; null when it cannot be stated */
                        passPriceCents: number | null;
                        routes: {
                            slug: string;
                            name: string;
                        }[];
                        /** @description Wijken with a location where the offer can be used */
                        wijken: {
                            code: string;
                            name: string;
                        }[];
                        /** @description Category slugs */
                        categories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Optional translations of the provider's own text; the original stays in title, summary and description */
                        translations: {
                            en?: {
                                title?: string;
                                summary?: string;
                                description?: string;
                            };
                            tr?: {
                                title?: string;
                                summary?: string;
                                description?: string;
                            };
                            ar?: {
                                title?: string;
                                summary?: string;
                                description?: string;
                            };
                            pl?: {
                                title?: string;
                                summary?: string;
                                description?: string;
                            };
                            uk?: {
                                title?: string;
                                summary?: string;
                                description?: string;
                            };
                        };
                        description: string;
                        conditions: string;
                        targetGroups: string[];
                        locations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            street: string;
                            postcode: string;
                            city: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                        }[];
                        /** @description How often one pass may use the offer per period; null for no limit */
                        limit: {
                            perPass: number;
                            period: "day" | "week" | "month" | "pass_year" | "ever";
                        } | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            isDemo: boolean;
                            /** @description Pictogram of the route; the server draws the picture and the badge with it */
                            picture: "heart" | "spa" | "sport" | "star" | "windmill" | "house" | "family" | "tree";
                            /** @description Colour of the route, #rrggbb */
                            color: string;
                            /** @description The route picture (SVG), on this server */
                            pictureUrl: string;
                            offerCount: number;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            slug: string;
                            nameNl: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        number: string;
                        holderName: string;
                        status: "active" | "blocked" | "expired" | "replaced";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Name of the pass in this municipality, e.g. "Zaanse Pas" */
                        passName: string;
                        /** @description Child passes linked to this pass */
                        children: {
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            number: string;
                            holderName: string;
                            status: "active" | "blocked" | "expired" | "replaced";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMyPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description card_lost, card_stolen, card_broken or phone_lost (a lost phone also removes all your devices) */
                    reason: "card_lost" | "card_stolen" | "card_broken" | "phone_lost";
                    /** @description A child's pass linked to mine; default: my own pass */
                    passNumber?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        oldPassNumber: string;
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        newPassNumber: string;
                        /** @description Redemptions now shown on the new pass */
                        movedRedemptions: number;
                        /** @description Amount in euro cents */
                        movedCreditCents: number;
                        /** @description Devices removed from the pass (a lost phone) */
                        removedDevices: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: ("card_lost" | "card_stolen" | "card_broken" | "phone_lost") | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        oldPassNumber: string;
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        newPassNumber: string;
                        /** @description Redemptions now shown on the new pass */
                        movedRedemptions: number;
                        /** @description Amount in euro cents */
                        movedCreditCents: number;
                        /** @description Devices removed from the pass (a lost phone) */
                        removedDevices: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    blockPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: ("card_lost" | "card_stolen" | "card_broken" | "phone_lost") | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        number: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unblockPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        number: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkMembership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The pass number, or the QR code */
                    passIdentifier: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the pass is valid today; nothing else about it or its holder */
                        valid: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMyDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the resident calls the device, e.g. "Telefoon van Fatima" */
                    label: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        /** @description One key per pass the device shows: the holder's own and their children's */
                        keys: {
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            passNumber: string;
                            holderName: string;
                            /** @description True for the holder's own pass, false for a child's pass */
                            own: boolean;
                            /** @description Whether a till accepts this pass now */
                            active: boolean;
                            /** @description Opaque id of this key: the QR code names it, never the pass number */
                            keyId: string;
                            /** @description The key (32 bytes, base64url). The device shows SP2.<keyId>.<slot>.<signature>, slot = floor(unix seconds / 30), signature = the first 22 characters of base64url(HMAC-SHA256(key, "SP2.<keyId>.<slot>")). Keep it on the device only. */
                            secret: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshMyDeviceKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        /** @description One key per pass the device shows: the holder's own and their children's */
                        keys: {
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            passNumber: string;
                            holderName: string;
                            /** @description True for the holder's own pass, false for a child's pass */
                            own: boolean;
                            /** @description Whether a till accepts this pass now */
                            active: boolean;
                            /** @description Opaque id of this key: the QR code names it, never the pass number */
                            keyId: string;
                            /** @description The key (32 bytes, base64url). The device shows SP2.<keyId>.<slot>.<signature>, slot = floor(unix seconds / 30), signature = the first 22 characters of base64url(HMAC-SHA256(key, "SP2.<keyId>.<slot>")). Keep it on the device only. */
                            secret: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMyDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyRedemptions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            offerTitle: string;
                            providerName: string;
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            passNumber: string;
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** Format: date-time */
                            redeemedAt: string;
                            status: "redeemed" | "cancelled";
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLedger: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "settlements-csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Version of this format; see docs/ledger.md */
                        formatVersion: string;
                        tenantId: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {string} */
                        currency: "EUR";
                        accounts: {
                            /** Format: uuid */
                            id: string;
                            type: "scheme_fund" | "action_budget" | "pass_credit" | "provider_payable" | "pass_sale_income" | "sponsor_contributions" | "municipality_bank" | "payout_clearing";
                            name: string;
                            schemeId: string | null;
                            passId: string | null;
                            passNumber: string | null;
                            providerId: string | null;
                            /** @description Sum of the account's lines: positive is a debit balance */
                            balanceCents: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        entries: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            description: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            reversesEntryId: string | null;
                            recordedBy: string | null;
                            lines: {
                                lineNo: number;
                                /** Format: uuid */
                                accountId: string;
                                /** @description Positive: debit; negative: credit. The lines of an entry sum to 0 */
                                amountCents: number;
                            }[];
                        }[];
                        /** @description Settlement runs (payouts), oldest period first */
                        settlementRuns: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            periodStart: string;
                            /** Format: date */
                            periodEnd: string;
                            debtorName: string;
                            debtorIban: string | null;
                            debtorBic: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            blockedProviders: {
                                /** Format: uuid */
                                providerId: string;
                                /** @description Open payable not paid in this run */
                                amountCents: number;
                                reason: string;
                            }[];
                        }[];
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            /** Format: uuid */
                            providerId: string;
                            /** Format: date */
                            periodStart: string;
                            /** Format: date */
                            periodEnd: string;
                            /** @description Sum of the settlement lines it covers */
                            amountCents: number;
                            creditorName: string;
                            /** @description No spaces */
                            creditorIban: string;
                            creditorBic: string | null;
                            /** Format: uuid */
                            entryId: string;
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paidAt: string | null;
                            paymentEntryId: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            paymentReference: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        settlementLines: {
                            /** Format: uuid */
                            settlementId: string;
                            /** Format: uuid */
                            entryId: string;
                            lineNo: number;
                            /** @description The provider-payable journal line (entryId, lineNo) this settlement covers */
                            amountCents: number;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        reference: string;
                        /** @description false when this reversal had been booked before */
                        created: boolean;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            amountCents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        reference: string;
                        /** @description false when this reversal had been booked before */
                        created: boolean;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            amountCents: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTillOffersForPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passIdentifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pass: {
                            /** @description Pass number as printed on the card */
                            number: string;
                            status: "active" | "blocked" | "expired" | "replaced";
                            /** Format: date */
                            validUntil: string;
                        };
                        items: {
                            /** Format: uuid */
                            offerId: string;
                            title: string;
                            /** @description The price to charge this pass now, in euro cents */
                            priceCents: number;
                            /** @description How much of the price this pass can pay from its credit at this offer, in euro cents */
                            creditAvailableCents: number;
                            available: boolean;
                            unavailableReason?: "not-available" | "limit-reached" | "sold-out" | "not-valid-today";
                        }[];
                        /** @description One quote for the available offers of this list: send it back unchanged as quote of the redemption, within 2 minutes, so the redemption is booked at the listed price without looking everything up again. Opaque and sealed; a missing or expired quote only makes the redemption a little slower. Absent when no offer is available, or for a list of very many offers. */
                        quote?: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRedemptions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            offerId: string;
                            offerTitle: string;
                            /** @description Pass number as printed on the card */
                            passNumber: string;
                            /** @description Price charged to the holder, in euro cents */
                            priceCents: number;
                            /** @description Part of the price paid from pass credit, in euro cents */
                            creditCents: number;
                            /** @description What the holder pays at the till: priceCents minus creditCents */
                            toPayCents: number;
                            /** Format: date-time */
                            redeemedAt: string;
                            /**
                             * Format: date-time
                             * @description Till this moment the provider can cancel the redemption
                             */
                            cancellableUntil: string;
                            status: "redeemed" | "cancelled";
                            providerName: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per redemption (e.g. a UUID). A retry with the same key and body gets the first answer, and books nothing twice. Keys are kept for 7 days; after that the same key is a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Card number or QR code content */
                    passIdentifier: string;
                    /** Format: uuid */
                    offerId: string;
                    /** @description Part of the price the holder pays from pass credit, in euro cents (0 up to the price). Default 0. */
                    creditCents?: number;
                    /** @description The quote of the till list this offer was on, unchanged (optional). */
                    quote?: string;
                };
            };
        };
        responses: {
            /** @description One use of an offer with a pass, at a till */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        offerId: string;
                        offerTitle: string;
                        /** @description Pass number as printed on the card */
                        passNumber: string;
                        /** @description Price charged to the holder, in euro cents */
                        priceCents: number;
                        /** @description Part of the price paid from pass credit, in euro cents */
                        creditCents: number;
                        /** @description What the holder pays at the till: priceCents minus creditCents */
                        toPayCents: number;
                        /** Format: date-time */
                        redeemedAt: string;
                        /**
                         * Format: date-time
                         * @description Till this moment the provider can cancel the redemption
                         */
                        cancellableUntil: string;
                        status: "redeemed" | "cancelled";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRedemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One use of an offer with a pass, at a till */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        offerId: string;
                        offerTitle: string;
                        /** @description Pass number as printed on the card */
                        passNumber: string;
                        /** @description Price charged to the holder, in euro cents */
                        priceCents: number;
                        /** @description Part of the price paid from pass credit, in euro cents */
                        creditCents: number;
                        /** @description What the holder pays at the till: priceCents minus creditCents */
                        toPayCents: number;
                        /** Format: date-time */
                        redeemedAt: string;
                        /**
                         * Format: date-time
                         * @description Till this moment the provider can cancel the redemption
                         */
                        cancellableUntil: string;
                        status: "redeemed" | "cancelled";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditSchemes: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreditScheme"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountPerPassCents: number;
                    eligiblePassCategories?: ("regular" | "low_income" | "carer" | "child")[];
                    spendableOfferCategories?: string[];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    /** @description Initial budget, booked from the municipality's bank to the scheme fund */
                    budgetCents?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountPerPassCents: number;
                        /** @description Pass categories that may receive this credit; empty: all */
                        eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
                        /** @description Offer category slugs where the credit can be spent; empty: all offers */
                        spendableOfferCategories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Budget left in the scheme fund */
                        fundBalanceCents: number;
                        /** @description Credit on passes that is not spent or expired */
                        outstandingCreditCents: number;
                        passesWithCredit: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountPerPassCents: number;
                        /** @description Pass categories that may receive this credit; empty: all */
                        eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
                        /** @description Offer category slugs where the credit can be spent; empty: all offers */
                        spendableOfferCategories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Budget left in the scheme fund */
                        fundBalanceCents: number;
                        /** @description Credit on passes that is not spent or expired */
                        outstandingCreditCents: number;
                        passesWithCredit: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /** @description Your reference, e.g. the council decision; booked once per reference */
                    reference: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        fundBalanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        fundBalanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loadCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Pass number, spaces allowed */
                    passNumber: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents?: number;
                    /** @description Load reference */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        passNumber: string;
                        balanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        passNumber: string;
                        balanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkLoadCredit: {
        parameters: {
            query?: {
                dryRun?: boolean;
                /** @description Load reference of this file */
                reference?: string;
            };
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @description Load reference of this file; loads are booked once per (scheme, pass, reference) */
                        reference: string;
                        rowCount: number;
                        validRowCount: number;
                        /** @description Sum of the valid rows */
                        totalCents: number;
                        /** @description Valid rows booked before under this reference */
                        alreadyBookedCount: number;
                        /** @description Rows booked by this request (0 in a dry run) */
                        bookedCount: number;
                        /** @description Every bad row; a real run with any error books nothing */
                        errors: {
                            /** @description Line in the file (1 is the header); 0 for the file as a whole */
                            row: number;
                            column: string | null;
                            code: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    expireCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        schemeId: string;
                        expiredPassCount: number;
                        expiredCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            scheme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                description: string;
                                spendableCategories: string[];
                            };
                            passNumber: string;
                            holderName: string;
                            balanceCents: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            expired: boolean;
                            /** @description Credit left and at most 30 days to go */
                            expiresSoon: boolean;
                            history: {
                                /** Format: uuid */
                                entryId: string;
                                kind: "load" | "spend" | "expiry" | "correction";
                                /** @description Plus: credit added; minus: credit used or expired */
                                amountCents: number;
                                description: string;
                                /** @description Where credit was paid at a till (or given back when that was cancelled); null otherwise */
                                providerName: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPassPrices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in euro cents */
                        adultPassCents: number;
                        /** @description Amount in euro cents */
                        childPassCents: number;
                        /** @description Part of an adult pass booked to the actiebudget */
                        adultActionBudgetShareCents: number;
                        /** @description Part of a child pass booked to the actiebudget */
                        childActionBudgetShareCents: number;
                        /** @description true: the built-in test payment provider is active; no real money is paid */
                        testPayments: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only when not logged in: you become a resident with this e-mail address */
                    buyer?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        /** @description Code of the wijk you live in, see GET /wijken */
                        wijkCode: string;
                    };
                    /**
                     * @description false: only child passes, linked to your valid pass (log in first)
                     * @default true
                     */
                    passForSelf?: boolean;
                    children?: {
                        name: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        orderId: string;
                        /** @description Send the buyer here to pay */
                        checkoutUrl: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: ("active" | "blocked" | "expired" | "replaced") | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPassOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                            holderName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                            /** @description Amount in euro cents */
                            actionBudgetShareCents: number;
                            paymentProvider: "test" | "mollie";
                            paymentId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            paidAt: string | null;
                            refundedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refundPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: ("active" | "blocked" | "expired" | "replaced") | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: ("active" | "blocked" | "expired" | "replaced") | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receivePaymentWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "test" | "mollie";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTestPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        description: string;
                        redirectUrl: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTestPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "paid" | "failed" | "canceled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        description: string;
                        redirectUrl: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSponsorPledges: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SponsorPledge"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSponsorPledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sponsorName: string;
                    contactName?: string;
                    /** Format: email */
                    contactEmail?: string;
                    /** Format: uuid */
                    providerId?: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    expectedOn: string;
                    /** @description Shown on the public page only with publicityAgreed */
                    publicityText?: string;
                    /** @default false */
                    publicityAgreed?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sponsor: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactName: string | null;
                            contactEmail: string | null;
                            providerId: string | null;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expectedOn: string;
                        publicityText: string;
                        /** @description The sponsor agreed to be named on the public actiebudget page */
                        publicityAgreed: boolean;
                        receivedCents: number;
                        outstandingCents: number;
                        status: "pledged" | "partly-received" | "received";
                        receipts: components["schemas"]["SponsorReceipt"][];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSponsorPledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sponsor: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactName: string | null;
                            contactEmail: string | null;
                            providerId: string | null;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expectedOn: string;
                        publicityText: string;
                        /** @description The sponsor agreed to be named on the public actiebudget page */
                        publicityAgreed: boolean;
                        receivedCents: number;
                        outstandingCents: number;
                        status: "pledged" | "partly-received" | "received";
                        receipts: components["schemas"]["SponsorReceipt"][];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveSponsorContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    receivedOn: string;
                    /** @description Reference on the bank statement (e.g. end-to-end id) */
                    bankReference: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pledgeId: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        receivedOn: string;
                        bankReference: string;
                        /** Format: uuid */
                        entryId: string;
                        /** @description The booking was corrected by a reversal */
                        reversed: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this bank reference was booked before: nothing new was booked */
                        created: boolean;
                        pledge: components["schemas"]["SponsorPledge"];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pledgeId: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        receivedOn: string;
                        bankReference: string;
                        /** Format: uuid */
                        entryId: string;
                        /** @description The booking was corrected by a reversal */
                        reversed: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this bank reference was booked before: nothing new was booked */
                        created: boolean;
                        pledge: components["schemas"]["SponsorPledge"];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActionBudgetSummary: {
        parameters: {
            query?: {
                /** @description Default: this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @description Years with bookings on the actiebudget, and the current year */
                        years: number[];
                        /** @description Amount in euro cents */
                        openingBalanceCents: number;
                        /** @description Amount in euro cents */
                        closingBalanceCents: number;
                        totals: {
                            /** @description Amount in euro cents */
                            passSalesCents: number;
                            /** @description Amount in euro cents */
                            sponsorsCents: number;
                            /** @description Amount in euro cents */
                            otherCents: number;
                            /** @description Amount in euro cents */
                            totalCents: number;
                            /** @description Amount in euro cents */
                            inCents: number;
                            /** @description Amount in euro cents */
                            grantsCents: number;
                            /** @description Amount in euro cents */
                            otherOutCents: number;
                            /** @description Amount in euro cents */
                            outCents: number;
                        };
                        /** @description Twelve months, January first */
                        months: {
                            /** @description YYYY-MM */
                            month: string;
                            in: {
                                /** @description Amount in euro cents */
                                passSalesCents: number;
                                /** @description Amount in euro cents */
                                sponsorsCents: number;
                                /** @description Amount in euro cents */
                                otherCents: number;
                                /** @description Amount in euro cents */
                                totalCents: number;
                            };
                            out: {
                                /** @description Amount in euro cents */
                                grantsCents: number;
                                /** @description Amount in euro cents */
                                otherCents: number;
                                /** @description Amount in euro cents */
                                totalCents: number;
                            };
                        }[];
                        byWijk: {
                            wijkCode: string;
                            wijkName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        byActivity: {
                            activityName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        /** @description The activities funded in each wijk (grants and supported places on the pass) */
                        activitiesByWijk: {
                            wijkCode: string;
                            wijkName: string;
                            activities: {
                                activityName: string;
                                /** @description Amount in euro cents */
                                amountCents: number;
                            }[];
                        }[];
                        /** @description Sponsors that agreed to be named, with what they gave this year */
                        sponsors: {
                            name: string;
                            publicityText: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        /** @description Sponsors that did not agree to be named */
                        anonymousSponsors: {
                            count: number;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionBudgetGrants: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionBudgetGrant"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActionBudgetGrant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activityName: string;
                    wijkCode: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    grantedOn: string;
                    /** Format: uuid */
                    communityCentreProviderId?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reference: string;
                        activityName: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        grantedOn: string;
                        communityCentreProviderId: string | null;
                        /** Format: uuid */
                        entryId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents */
                        actionBudgetBalanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reference: string;
                        activityName: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        grantedOn: string;
                        communityCentreProviderId: string | null;
                        /** Format: uuid */
                        entryId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents */
                        actionBudgetBalanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionBudgetLedgerLines: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionBudgetLedgerLine"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                        /** @description The actiebudget's balance now */
                        balanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSettlementRuns: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodStart?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodEnd?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementRunCreditTransfer: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                executionDate?: string;
            };
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description pain.001.001.09 XML */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadSettlementBankStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        /** @description camt.053 XML (application/xml) */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Marked paid by this upload */
                        paid: {
                            /** Format: uuid */
                            settlementId: string;
                            amountCents: number;
                        }[];
                        alreadyPaid: {
                            /** Format: uuid */
                            settlementId: string;
                            amountCents: number;
                        }[];
                        unmatched: {
                            endToEndId: string | null;
                            amountCents: number | null;
                            /** @description not-in-this-run, no-end-to-end-id, amount-differs, not-a-payment or not-booked */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSettlementPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    paidOn?: string;
                    /** @description e.g. the bank's reference */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        runId: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        amountCents: number;
                        creditorName: string;
                        creditorIban: string;
                        /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                        status: "pending" | "paid";
                        paidOn: string | null;
                        paymentSource: ("bank_statement" | "manual") | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderSettlements: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminHolders: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            passNumber: string | null;
                            category: ("regular" | "low_income" | "carer" | "child") | null;
                            status: ("active" | "blocked" | "expired" | "replaced") | null;
                            validUntil: string | null;
                            wijk: {
                                code: string;
                                name: string;
                            } | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminProviders: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            locationCount: number;
                            offerCount: number;
                            /** @description Redemptions that were not cancelled */
                            redemptionCount: number;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminOffers: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                status?: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                providerId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            stock: {
                                total: number;
                                remaining: number;
                            } | null;
                            paymentRules: {
                                /** @description Whether holders may pay here from pass credit */
                                payableFromCredit: boolean;
                                /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                                discountBorneBy: "provider" | "scheme" | "action_budget";
                                discountScheme: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        stock: {
                            total: number;
                            remaining: number;
                        } | null;
                        paymentRules: {
                            /** @description Whether holders may pay here from pass credit */
                            payableFromCredit: boolean;
                            /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                            discountBorneBy: "provider" | "scheme" | "action_budget";
                            discountScheme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSchemes: {
        parameters: {
            query?: {
                lifeEvent?: "moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner";
                /** @description Theme slug */
                theme?: string;
                /** @description residents, or volunteer initiatives (budgets open to them) */
                audience?: "residents" | "initiatives";
                /** @description Search words; each must occur in title, summary or text */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SchemeSummary"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Web address of the scheme: lower-case words with hyphens */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Web address of the scheme: lower-case words with hyphens */
                        slug: string;
                        title: string;
                        summary: string;
                        /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                        bodyMarkdown: string;
                        whoFor: string;
                        /** @description Markdown */
                        criteria: string;
                        amounts: string;
                        /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                        applyRoute: "online_form" | "through_person" | "no_application";
                        applyWhere: string;
                        contact: string;
                        providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                        providerName: string;
                        /** @description residents, or volunteer initiatives (budgets open to them) */
                        audience: "residents" | "initiatives";
                        lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        themes: string[];
                        /** @description The scheme grants the city pass */
                        grantsPass: boolean;
                        applyUrl: null | string;
                        applyPerson: null | string;
                        /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
                        passPriceCents: null | number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkSchemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    household: "single" | "single_parent" | "couple" | "couple_with_children";
                    /** @description Household income relative to the social minimum */
                    incomeBand: "up_to_100" | "up_to_110" | "up_to_120" | "up_to_130" | "above_130" | "unknown";
                    /** @description The age of each child living at home */
                    childrenAges: number[];
                    /** @description Cares for someone (mantelzorg) */
                    caring: boolean;
                    age: number;
                    lifeEvent: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner") | "none";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The answers were not stored
                         * @enum {boolean}
                         */
                        stored: false;
                        matches: {
                            scheme: components["schemas"]["SchemeSummary"];
                            nextStep: {
                                /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                                route: "online_form" | "through_person" | "no_application";
                                url: string | null;
                                person: string | null;
                                where: string;
                                contact: string;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    emailSchemeCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        household: "single" | "single_parent" | "couple" | "couple_with_children";
                        /** @description Household income relative to the social minimum */
                        incomeBand: "up_to_100" | "up_to_110" | "up_to_120" | "up_to_130" | "above_130" | "unknown";
                        /** @description The age of each child living at home */
                        childrenAges: number[];
                        /** @description Cares for someone (mantelzorg) */
                        caring: boolean;
                        age: number;
                        lifeEvent: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner") | "none";
                    };
                    /**
                     * Format: email
                     * @description Used for this one message only
                     */
                    email: string;
                    /** @description The language of the e-mail (default nl) */
                    language?: "nl" | "en" | "tr" | "ar" | "pl" | "uk";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matches: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportSchemeProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Web address of the scheme: lower-case words with hyphens */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reporterKind: "resident" | "partner";
                    /** @description Where the scheme fails you */
                    message: string;
                    contactName?: string;
                    /** Format: email */
                    contactEmail?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminSchemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminScheme"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Web address of the scheme: lower-case words with hyphens */
                    slug: string;
                    title: string;
                    summary: string;
                    /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                    bodyMarkdown: string;
                    whoFor: string;
                    /** @description Markdown */
                    criteria: string;
                    amounts: string;
                    /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                    applyRoute: "online_form" | "through_person" | "no_application";
                    applyWhere: string;
                    contact: string;
                    providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                    providerName: string;
                    /** @description residents, or volunteer initiatives (budgets open to them) */
                    audience: "residents" | "initiatives";
                    lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                    themes: string[];
                    /** @description The scheme grants the city pass */
                    grantsPass: boolean;
                    /** @description https:// address or a path on this site */
                    applyUrl?: string;
                    /** @description Who to go to (through_person), or who decides (no_application) */
                    applyPerson?: string;
                    /** @description Only with grantsPass: the pass price (0: free) */
                    passPriceCents?: number;
                    eligibility?: {
                        /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                        anyOf: {
                            /** @description Income at most this % of the social minimum */
                            maxIncomePercent?: number;
                            /**
                             * @description Only for mantelzorgers
                             * @enum {boolean}
                             */
                            caring?: true;
                            minAge?: number;
                            maxAge?: number;
                            /** @description Has a child of at least this age... */
                            childAgeFrom?: number;
                            /** @description ... and at most this age */
                            childAgeTo?: number;
                            households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                            lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Web address of the scheme: lower-case words with hyphens */
                        slug: string;
                        title: string;
                        summary: string;
                        /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                        bodyMarkdown: string;
                        whoFor: string;
                        /** @description Markdown */
                        criteria: string;
                        amounts: string;
                        /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                        applyRoute: "online_form" | "through_person" | "no_application";
                        applyWhere: string;
                        contact: string;
                        providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                        providerName: string;
                        /** @description residents, or volunteer initiatives (budgets open to them) */
                        audience: "residents" | "initiatives";
                        lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        themes: string[];
                        /** @description The scheme grants the city pass */
                        grantsPass: boolean;
                        applyUrl: null | string;
                        applyPerson: null | string;
                        /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
                        passPriceCents: null | number;
                        /** Format: date-time */
                        updatedAt: string;
                        status: "draft" | "published" | "archived";
                        eligibility: {
                            /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                            anyOf: {
                                /** @description Income at most this % of the social minimum */
                                maxIncomePercent?: number;
                                /**
                                 * @description Only for mantelzorgers
                                 * @enum {boolean}
                                 */
                                caring?: true;
                                minAge?: number;
                                maxAge?: number;
                                /** @description Has a child of at least this age... */
                                childAgeFrom?: number;
                                /** @description ... and at most this age */
                                childAgeTo?: number;
                                households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                                lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                            }[];
                        };
                        publishedAt: string | null;
                        openReports: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Web address of the scheme: lower-case words with hyphens */
                        slug: string;
                        title: string;
                        summary: string;
                        /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                        bodyMarkdown: string;
                        whoFor: string;
                        /** @description Markdown */
                        criteria: string;
                        amounts: string;
                        /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                        applyRoute: "online_form" | "through_person" | "no_application";
                        applyWhere: string;
                        contact: string;
                        providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                        providerName: string;
                        /** @description residents, or volunteer initiatives (budgets open to them) */
                        audience: "residents" | "initiatives";
                        lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        themes: string[];
                        /** @description The scheme grants the city pass */
                        grantsPass: boolean;
                        applyUrl: null | string;
                        applyPerson: null | string;
                        /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
                        passPriceCents: null | number;
                        /** Format: date-time */
                        updatedAt: string;
                        status: "draft" | "published" | "archived";
                        eligibility: {
                            /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                            anyOf: {
                                /** @description Income at most this % of the social minimum */
                                maxIncomePercent?: number;
                                /**
                                 * @description Only for mantelzorgers
                                 * @enum {boolean}
                                 */
                                caring?: true;
                                minAge?: number;
                                maxAge?: number;
                                /** @description Has a child of at least this age... */
                                childAgeFrom?: number;
                                /** @description ... and at most this age */
                                childAgeTo?: number;
                                households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                                lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                            }[];
                        };
                        publishedAt: string | null;
                        openReports: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Web address of the scheme: lower-case words with hyphens */
                    slug: string;
                    title: string;
                    summary: string;
                    /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                    bodyMarkdown: string;
                    whoFor: string;
                    /** @description Markdown */
                    criteria: string;
                    amounts: string;
                    /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                    applyRoute: "online_form" | "through_person" | "no_application";
                    applyWhere: string;
                    contact: string;
                    providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                    providerName: string;
                    /** @description residents, or volunteer initiatives (budgets open to them) */
                    audience: "residents" | "initiatives";
                    lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                    themes: string[];
                    /** @description The scheme grants the city pass */
                    grantsPass: boolean;
                    /** @description https:// address or a path on this site */
                    applyUrl?: string;
                    /** @description Who to go to (through_person), or who decides (no_application) */
                    applyPerson?: string;
                    /** @description Only with grantsPass: the pass price (0: free) */
                    passPriceCents?: number;
                    eligibility?: {
                        /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                        anyOf: {
                            /** @description Income at most this % of the social minimum */
                            maxIncomePercent?: number;
                            /**
                             * @description Only for mantelzorgers
                             * @enum {boolean}
                             */
                            caring?: true;
                            minAge?: number;
                            maxAge?: number;
                            /** @description Has a child of at least this age... */
                            childAgeFrom?: number;
                            /** @description ... and at most this age */
                            childAgeTo?: number;
                            households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                            lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Web address of the scheme: lower-case words with hyphens */
                        slug: string;
                        title: string;
                        summary: string;
                        /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                        bodyMarkdown: string;
                        whoFor: string;
                        /** @description Markdown */
                        criteria: string;
                        amounts: string;
                        /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                        applyRoute: "online_form" | "through_person" | "no_application";
                        applyWhere: string;
                        contact: string;
                        providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                        providerName: string;
                        /** @description residents, or volunteer initiatives (budgets open to them) */
                        audience: "residents" | "initiatives";
                        lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        themes: string[];
                        /** @description The scheme grants the city pass */
                        grantsPass: boolean;
                        applyUrl: null | string;
                        applyPerson: null | string;
                        /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
                        passPriceCents: null | number;
                        /** Format: date-time */
                        updatedAt: string;
                        status: "draft" | "published" | "archived";
                        eligibility: {
                            /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                            anyOf: {
                                /** @description Income at most this % of the social minimum */
                                maxIncomePercent?: number;
                                /**
                                 * @description Only for mantelzorgers
                                 * @enum {boolean}
                                 */
                                caring?: true;
                                minAge?: number;
                                maxAge?: number;
                                /** @description Has a child of at least this age... */
                                childAgeFrom?: number;
                                /** @description ... and at most this age */
                                childAgeTo?: number;
                                households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                                lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                            }[];
                        };
                        publishedAt: string | null;
                        openReports: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSchemeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "draft" | "published" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Web address of the scheme: lower-case words with hyphens */
                        slug: string;
                        title: string;
                        summary: string;
                        /** @description Formatted text in Markdown (headings, lists, bold, links); raw HTML is shown as text */
                        bodyMarkdown: string;
                        whoFor: string;
                        /** @description Markdown */
                        criteria: string;
                        amounts: string;
                        /** @description online_form: applyUrl; through_person: applyPerson (wijkmanager, wijkteam...); no_application: granted at applyPerson's discretion */
                        applyRoute: "online_form" | "through_person" | "no_application";
                        applyWhere: string;
                        contact: string;
                        providerKind: "municipality" | "wijkteam" | "sport" | "energy_company" | "stille_kracht" | "sponsor" | "crowdfunding" | "other";
                        providerName: string;
                        /** @description residents, or volunteer initiatives (budgets open to them) */
                        audience: "residents" | "initiatives";
                        lifeEvents: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                        themes: string[];
                        /** @description The scheme grants the city pass */
                        grantsPass: boolean;
                        applyUrl: null | string;
                        applyPerson: null | string;
                        /** @description With grantsPass: the pass price it grants (0: free); null otherwise */
                        passPriceCents: null | number;
                        /** Format: date-time */
                        updatedAt: string;
                        status: "draft" | "published" | "archived";
                        eligibility: {
                            /** @description The scheme matches when any of these sets holds; empty: never proposed by the check */
                            anyOf: {
                                /** @description Income at most this % of the social minimum */
                                maxIncomePercent?: number;
                                /**
                                 * @description Only for mantelzorgers
                                 * @enum {boolean}
                                 */
                                caring?: true;
                                minAge?: number;
                                maxAge?: number;
                                /** @description Has a child of at least this age... */
                                childAgeFrom?: number;
                                /** @description ... and at most this age */
                                childAgeTo?: number;
                                households?: ("single" | "single_parent" | "couple" | "couple_with_children")[];
                                lifeEvents?: ("moving" | "baby" | "divorce" | "job_loss" | "retirement" | "illness" | "death_of_partner")[];
                            }[];
                        };
                        publishedAt: string | null;
                        openReports: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSchemeReports: {
        parameters: {
            query?: {
                schemeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SchemeReport"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerSchemeReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        schemeId: string;
                        schemeTitle: string;
                        reporterKind: "resident" | "partner";
                        message: string;
                        contactName: string | null;
                        contactEmail: string | null;
                        answer: string | null;
                        answeredAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHolderFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        email: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string | null;
                        wijk: {
                            code: string;
                            name: string;
                        } | null;
                        address: components["schemas"]["HolderAddress"] | null;
                        /** Format: date-time */
                        createdAt: string;
                        passes: {
                            /** Format: uuid */
                            id: string;
                            /** @description Formatted pass number with check digit */
                            number: string;
                            category: "regular" | "low_income" | "carer" | "child";
                            status: "active" | "blocked" | "expired" | "replaced";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            parentNumber: string | null;
                        }[];
                        household: {
                            /** Format: uuid */
                            holderId: string;
                            name: string;
                            relation: "child" | "parent";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string | null;
                            passNumber: string;
                            passStatus: "active" | "blocked" | "expired" | "replaced";
                        }[];
                        /** @description The 50 newest */
                        redemptions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            passNumber: string;
                            offerTitle: string;
                            providerName: string;
                            /** @description Amount in euro cents */
                            priceCents: number;
                            cancelled: boolean;
                        }[];
                        credit: {
                            passNumber: string;
                            schemeName: string;
                            /** @description Amount in euro cents */
                            balanceCents: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                        }[];
                        /** @description E-mails sent to the holder (the outbox), the 50 newest */
                        messages: {
                            /** Format: uuid */
                            id: string;
                            subject: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        notes: components["schemas"]["HolderNote"][];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                from: string | null;
                                to: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    correctHolderDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holderId: string;
            };
            cookie?: never;
        };
        /** @description Only the fields sent are changed; null clears a field. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    email?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    birthDate?: string | null;
                    wijkCode?: string | null;
                    address?: components["schemas"]["HolderAddress"] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        email: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string | null;
                        wijk: {
                            code: string;
                            name: string;
                        } | null;
                        address: components["schemas"]["HolderAddress"] | null;
                        /** Format: date-time */
                        createdAt: string;
                        passes: {
                            /** Format: uuid */
                            id: string;
                            /** @description Formatted pass number with check digit */
                            number: string;
                            category: "regular" | "low_income" | "carer" | "child";
                            status: "active" | "blocked" | "expired" | "replaced";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            parentNumber: string | null;
                        }[];
                        household: {
                            /** Format: uuid */
                            holderId: string;
                            name: string;
                            relation: "child" | "parent";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string | null;
                            passNumber: string;
                            passStatus: "active" | "blocked" | "expired" | "replaced";
                        }[];
                        /** @description The 50 newest */
                        redemptions: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            passNumber: string;
                            offerTitle: string;
                            providerName: string;
                            /** @description Amount in euro cents */
                            priceCents: number;
                            cancelled: boolean;
                        }[];
                        credit: {
                            passNumber: string;
                            schemeName: string;
                            /** @description Amount in euro cents */
                            balanceCents: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                        }[];
                        /** @description E-mails sent to the holder (the outbox), the 50 newest */
                        messages: {
                            /** Format: uuid */
                            id: string;
                            subject: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        notes: components["schemas"]["HolderNote"][];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                from: string | null;
                                to: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addHolderNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        body: string;
                        writtenBy: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderApplications: {
        parameters: {
            query?: {
                status?: "submitted" | "questions_asked" | "approved" | "declined";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            organisationName: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            kvkNumber: string | null;
                            contactName: string;
                            email: string;
                            phone: string;
                            website: string | null;
                            street: string;
                            postcode: string;
                            city: string;
                            description: string;
                            iban: string;
                            accountHolderName: string;
                            /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                            kvkKnown: {
                                providerId: string | null;
                                providerName: string | null;
                                applicationId: string | null;
                            } | null;
                            status: "submitted" | "questions_asked" | "approved" | "declined";
                            questions: string | null;
                            providerId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisationName: string;
                    kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                    /** @description Chamber of Commerce (KvK) number, 8 digits; required for a business */
                    kvkNumber?: string;
                    contactName: string;
                    /** Format: email */
                    email: string;
                    phone?: string;
                    website?: string;
                    street?: string;
                    postcode?: string;
                    city?: string;
                    /** @description What the organisation does and what it wants to offer */
                    description?: string;
                    /** @description Checked with mod-97 (ISO 13616) */
                    iban: string;
                    accountHolderName: string;
                    /** @description Must be true: the terms for providers are accepted */
                    termsAccepted: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    askProviderApplicationQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The questions, sent to the contact person by e-mail */
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Partner"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUpPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisation: {
                        name: string;
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijkCode: string;
                        description?: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    contact: {
                        name: string;
                        /** Format: email */
                        email: string;
                        /** @description At least 12 characters */
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijk: {
                            code: string;
                            name: string;
                        };
                        description: string;
                        email: string;
                        phone: string | null;
                        status: "pending" | "approved" | "rejected";
                        /** @description The provider on the pass this partner also is, if any */
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decidePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    /**
                     * Format: uuid
                     * @description Link to an existing provider; without it one is made on approval
                     */
                    providerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijk: {
                            code: string;
                            name: string;
                        };
                        description: string;
                        email: string;
                        phone: string | null;
                        status: "pending" | "approved" | "rejected";
                        /** @description The provider on the pass this partner also is, if any */
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: components["schemas"]["Partner"];
                        applications: components["schemas"]["SupportApplication"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupportRound"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupportRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    eligibleCosts: string;
                    /** @description Amount in euro cents, a positive whole number */
                    maxAmountCents: number;
                    /** @description Amount in euro cents, a positive whole number */
                    maxPerParticipantCents: number;
                    priorityWijkCodes?: string[];
                    priorityTargetGroups?: string[];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    opensOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    deadline?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        eligibleCosts: string;
                        /** @description Amount in euro cents, a positive whole number */
                        maxAmountCents: number;
                        /** @description Amount in euro cents, a positive whole number */
                        maxPerParticipantCents: number;
                        priorityWijken: {
                            code: string;
                            name: string;
                        }[];
                        priorityTargetGroups: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        opensOn: string;
                        deadline: string | null;
                        /** @description Whether applications are taken today */
                        open: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupportApplication"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupportApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    roundId: string;
                    title: string;
                    description: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endsOn: string;
                    wijkCode: string;
                    targetGroup: string;
                    expectedReach: number;
                    /** @description Amount in euro cents, a positive whole number */
                    budgetCents: number;
                    /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                    supportKind: "per_participant" | "lump_sum";
                    /** @description per_participant: what one participant would pay without support */
                    pricePerParticipantCents?: number;
                    /** @description Amount in euro cents, a positive whole number */
                    askedCents: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideSupportApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    /** @description The scoring form: 1 (weak) to 5 (strong) */
                    scores: {
                        reach: number;
                        targetGroup: number;
                        quality: number;
                        costs: number;
                    };
                    reason: string;
                    /** @description Amount in euro cents, a positive whole number */
                    grantedCents?: number;
                    /** @description lump_sum: paid on approval; the rest after the report. Default 75 */
                    advancePercent?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportSupportApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    participants: number;
                    evaluation: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Pact"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partnerId: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description At least a year after startsOn
                     */
                    endsOn: string;
                    organisationCommitments: string;
                    partnerCommitments: string;
                    activitiesPerQuarter: number;
                    expectedReach: number;
                    /** @description Amount in euro cents */
                    supportCents: number;
                    evaluationMoments: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The new pact runs from the day after the old one ends
                     */
                    endsOn: string;
                    evaluationMoments: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endedOn: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPactDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAppreciationQuotas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppreciationQuota"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAppreciationQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partnerId: string;
                    passes: number;
                    /** @description Amount in euro cents */
                    pricePerPassCents: number;
                    /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
                    fundedBy: "sponsor" | "municipal_budget";
                    /** @description The sponsor or the budget */
                    funderName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        passes: number;
                        codesMade: number;
                        codesUsed: number;
                        pricePerPassCents: number;
                        /** @description passes × price: what the quota costs its funder at most */
                        costCents: number;
                        /** @description codes used × price */
                        usedCostCents: number;
                        /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
                        fundedBy: "sponsor" | "municipal_budget";
                        funderName: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAppreciationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quotaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppreciationCode"][];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAppreciationCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quotaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A note for the partner, e.g. a first name */
                    label?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        label: string | null;
                        used: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateAppreciationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    wijkCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passNumber: string;
                        /** Format: date */
                        validUntil: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTop30: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string | null;
                        weights: components["schemas"]["Top30Weights"];
                        items: {
                            rank: number;
                            /** Format: uuid */
                            nominationId: string;
                            title: string;
                            description: string;
                            partnerName: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            onThePass: boolean;
                            reach: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description 0 to 100 */
                            score: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    nominateTop30: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    wijkCode: string;
                    /** Format: uuid */
                    offerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scoreTop30Nomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setTop30Weights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reach: number;
                    jury: number;
                    volunteerOrganisation: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeTop30: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string | null;
                        weights: components["schemas"]["Top30Weights"];
                        items: {
                            rank: number;
                            /** Format: uuid */
                            nominationId: string;
                            title: string;
                            description: string;
                            partnerName: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            onThePass: boolean;
                            reach: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description 0 to 100 */
                            score: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicantAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                status?: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                ground?: "minimum" | "carer";
                /** @description A reviewer's id, 'me' or 'nobody' */
                assignedTo?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationSummary"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                    ground: "minimum" | "carer";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    applicantBirthDate?: string;
                    explanation?: string;
                    /** @description The partner (at most one) and children under 18 the application is also for */
                    household: {
                        relation: "partner" | "child";
                        name: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationReviewer"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addApplicationEvidence: {
        parameters: {
            query: {
                /** @description The file name, shown to the reviewer */
                fileName: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        /** @description The file itself (binary): PDF, JPEG or PNG */
        requestBody: {
            content: {
                "application/pdf": unknown;
                "image/jpeg": unknown;
                "image/png": unknown;
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        mediaType: "application/pdf" | "image/jpeg" | "image/png";
                        sizeBytes: number;
                        /** Format: date-time */
                        uploadedAt: string;
                        deletedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerApplicationQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reviewerId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestApplicationInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outcome: "approved" | "rejected";
                    /** @description Required when rejected */
                    reason?: string;
                    /** @description How to object (bezwaar); required when rejected */
                    objectionInfo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description minimum: income up to 120% of the social minimum; carer: mantelzorger */
                        ground: "minimum" | "carer";
                        status: "submitted" | "information_requested" | "approved" | "rejected" | "withdrawn";
                        applicant: {
                            name: string;
                            email: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, or null
                             */
                            birthDate: string | null;
                        };
                        household: {
                            relation: "partner" | "child";
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate: string;
                        }[];
                        explanation: string;
                        assignedTo: components["schemas"]["ApplicationReviewer"] | null;
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        decision: {
                            outcome: "approved" | "rejected";
                            reason: string;
                            objectionInfo: string;
                            decidedBy: string;
                            /** Format: date-time */
                            decidedAt: string;
                        } | null;
                        evidence: components["schemas"]["ApplicationEvidence"][];
                        events: {
                            kind: "submitted" | "assigned" | "information_requested" | "answered" | "evidence_added" | "approved" | "rejected" | "withdrawn" | "evidence_deleted";
                            actorName: string;
                            message: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncomeImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IncomeImportRunSummary"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIncomeImport: {
        parameters: {
            query: {
                fileName: string;
                /** @description true: check every row, change nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file (bytes: UTF-8 or Windows-1252) */
        requestBody: {
            content: {
                "text/csv": unknown;
                "application/vnd.ms-excel": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        dryRun: boolean;
                        status: "checked" | "running" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        report: {
                            created: number;
                            renewed: number;
                            updated: number;
                            unchanged: number;
                            refused: number;
                        };
                        /** @description Welcome letters in the PDF, for residents without e-mail */
                        lettersCount: number;
                        lettersUrl: string | null;
                        error: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        finishedAt: string | null;
                        problems: {
                            /** @description Line in the file (the header is line 1) */
                            line: number;
                            field: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        dryRun: boolean;
                        status: "checked" | "running" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        report: {
                            created: number;
                            renewed: number;
                            updated: number;
                            unchanged: number;
                            refused: number;
                        };
                        /** @description Welcome letters in the PDF, for residents without e-mail */
                        lettersCount: number;
                        lettersUrl: string | null;
                        error: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        finishedAt: string | null;
                        problems: {
                            /** @description Line in the file (the header is line 1) */
                            line: number;
                            field: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncomeImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        dryRun: boolean;
                        status: "checked" | "running" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        report: {
                            created: number;
                            renewed: number;
                            updated: number;
                            unchanged: number;
                            refused: number;
                        };
                        /** @description Welcome letters in the PDF, for residents without e-mail */
                        lettersCount: number;
                        lettersUrl: string | null;
                        error: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        finishedAt: string | null;
                        problems: {
                            /** @description Line in the file (the header is line 1) */
                            line: number;
                            field: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncomeImportLetters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGiftOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GiftOrder"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGiftOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The business or employer */
                    companyName: string;
                    contactName: string;
                    /**
                     * Format: email
                     * @description Where the codes and the invoice go
                     */
                    email: string;
                    quantity: number;
                    /** @description online: paid at once through the payment provider; invoice: codes come when the transfer is confirmed */
                    paymentMethod: "online" | "invoice";
                    /** @description The buyer's own order number, printed on the invoice */
                    purchaseOrderReference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        orderId: string;
                        /** @description Shows the order and its codes: keep it; it is in the link we e-mail */
                        accessToken: string;
                        status: "open" | "invoiced" | "paid" | "failed" | "canceled" | "expired";
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        checkoutUrl: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGiftOrder: {
        parameters: {
            query?: {
                /** @description The buyer's secret from the order */
                accessToken?: string;
            };
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        companyName: string;
                        contactName: string;
                        contactEmail: string;
                        quantity: number;
                        /** @description Amount in euro cents, a positive whole number */
                        unitPriceCents: number;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        /** @description online: paid at once through the payment provider; invoice: codes come when the transfer is confirmed */
                        paymentMethod: "online" | "invoice";
                        status: "open" | "invoiced" | "paid" | "failed" | "canceled" | "expired";
                        purchaseOrderReference: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        /** @description Empty until the order is paid */
                        codes: {
                            /** @description Formatted in groups of four */
                            code: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            expiresOn: string;
                            status: "available" | "used" | "expired";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmGiftOrderInvoicePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Reference on the bank statement */
                    bankReference: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    receivedOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        companyName: string;
                        contactName: string;
                        contactEmail: string;
                        quantity: number;
                        /** @description Amount in euro cents, a positive whole number */
                        unitPriceCents: number;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        /** @description online: paid at once through the payment provider; invoice: codes come when the transfer is confirmed */
                        paymentMethod: "online" | "invoice";
                        status: "open" | "invoiced" | "paid" | "failed" | "canceled" | "expired";
                        purchaseOrderReference: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        /** @description Empty until the order is paid */
                        codes: {
                            /** @description Formatted in groups of four */
                            code: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            expiresOn: string;
                            status: "available" | "used" | "expired";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeemGiftCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description As printed, with or without dashes */
                    code: string;
                    /** @description Who gets the pass; leave out when logged in */
                    recipient?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        wijkCode: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passNumber: string;
                        holderName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMapSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basemap: {
                            /** @description Raster tile URL template with {z}, {x} and {y} */
                            tileUrl: string;
                            attribution: string;
                        } | null;
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMapAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        /** @description [west, south, east, north] in WGS84 degrees */
                        bbox: number[];
                        features: {
                            /** @enum {string} */
                            type: "Feature";
                            /** @description CBS code */
                            id: string;
                            properties: {
                                kind: "wijk" | "buurt";
                                code: string;
                                name: string;
                                /** @description Readable address of the wijk page: /wijken/{slug} (wijken only; a buurt has its wijk's) */
                                slug: string;
                                wijkCode: string;
                            };
                            /** @description GeoJSON MultiPolygon in WGS84 longitude/latitude */
                            geometry: {
                                type: string;
                                coordinates: unknown[];
                            };
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMapOfferLocations: {
        parameters: {
            query?: {
                /** @description Route slug */
                route?: string;
                /** @description Wijk code */
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        features: {
                            /** @enum {string} */
                            type: "Feature";
                            /** Format: uuid */
                            id: string;
                            properties: {
                                name: string;
                                address: string;
                                wijkCode: string;
                                provider: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                                };
                                offers: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                }[];
                            };
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWijkPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        slug: string;
                        name: string;
                        /** @description Residents (CBS); null when fewer than 10 (never a figure about fewer than 10 people) */
                        population: number | null;
                        /** @description [west, south, east, north] in WGS84 degrees */
                        bbox: number[];
                        buurten: {
                            code: string;
                            name: string;
                        }[];
                        /** @description Buurthuizen with a location in the wijk */
                        communityCentres: {
                            /** Format: uuid */
                            providerId: string;
                            name: string;
                            address: string;
                        }[];
                        /** @description What the actiebudget paid for in this wijk, newest first */
                        actionBudget: {
                            activityName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            grantedOn: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description upcoming: the next 31 days (default); week: till Sunday; weekend: the coming Saturday and Sunday */
                period?: "upcoming" | "week" | "weekend";
                /** @description First day (instead of period), YYYY-MM-DD */
                from?: string;
                /** @description Last day, inclusive; at most 366 days after from */
                to?: string;
                /** @description Route slug */
                route?: string;
                /** @description Wijk code */
                wijk?: string;
                /** @description true: free events only; false: paid events only */
                free?: boolean;
                /** @description Festival slug */
                festival?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description Last day, inclusive
                         */
                        to: string;
                        items: {
                            /** Format: uuid */
                            eventId: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            title: string;
                            description: string;
                            /** @description wijk event, festival, sport event or culture */
                            kind: "wijk" | "festival" | "sport" | "culture";
                            /** @description The event happens more than once */
                            repeats: boolean;
                            locationName: string;
                            address: string;
                            wijk: {
                                code: string;
                                name: string;
                            } | null;
                            route: {
                                slug: string;
                                name: string;
                            } | null;
                            festival: {
                                slug: string;
                                name: string;
                            } | null;
                            /** @description The offer the event is part of, if any */
                            offerId: string | null;
                            isFree: boolean;
                            /** @description Price with the pass, when not free and known */
                            priceCents: number | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsCalendar: {
        parameters: {
            query?: {
                /** @description upcoming: the next 31 days (default); week: till Sunday; weekend: the coming Saturday and Sunday */
                period?: "upcoming" | "week" | "weekend";
                /** @description First day (instead of period), YYYY-MM-DD */
                from?: string;
                /** @description Last day, inclusive; at most 366 days after from */
                to?: string;
                /** @description Route slug */
                route?: string;
                /** @description Wijk code */
                wijk?: string;
                /** @description true: free events only; false: paid events only */
                free?: boolean;
                /** @description Festival slug */
                festival?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545) */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFestivals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            endsOn: string;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFestival: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        events: {
                            /** Format: uuid */
                            eventId: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            title: string;
                            description: string;
                            /** @description wijk event, festival, sport event or culture */
                            kind: "wijk" | "festival" | "sport" | "culture";
                            /** @description The event happens more than once */
                            repeats: boolean;
                            locationName: string;
                            address: string;
                            wijk: {
                                code: string;
                                name: string;
                            } | null;
                            route: {
                                slug: string;
                                name: string;
                            } | null;
                            festival: {
                                slug: string;
                                name: string;
                            } | null;
                            /** @description The offer the event is part of, if any */
                            offerId: string | null;
                            isFree: boolean;
                            /** @description Price with the pass, when not free and known */
                            priceCents: number | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        /** @description The provider's own text about itself */
                        story: string;
                        website: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        onThePassSince: string;
                        locations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            address: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                        }[];
                        routes: {
                            slug: string;
                            name: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            isFree: boolean;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNewProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            story: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            onThePassSince: string;
                            offerCount: number;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStarterOffers: {
        parameters: {
            query: {
                /** @description Wijk code */
                wijk: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            isFree: boolean;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeskDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        salesPoint: {
                            name: string;
                            kind: "library" | "city_office" | "community_centre";
                            address: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        day: string;
                        priceCents: number | null;
                        sales: {
                            /** Format: uuid */
                            id: string;
                            kind: "new" | "renewal";
                            paymentMethod: "pin" | "cash";
                            /** @description Amount in euro cents, a positive whole number */
                            amountCents: number;
                            passNumber: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        totals: {
                            count: number;
                            /** @description Amount in euro cents */
                            cashCents: number;
                            /** @description Amount in euro cents */
                            pinCents: number;
                        };
                        closing: components["schemas"]["DayClosing"] | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeskPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passNumber: string;
                        holderName: string;
                        status: "active" | "blocked" | "expired" | "replaced";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Whether the desk can renew it now (a paid pass, in its last 60 days or lapsed) */
                        renewable: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeskSale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description saleId: made by the desk page per sale, so sending it again does not sell twice. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    saleId?: string;
                    kind: "new" | "renewal";
                    paymentMethod: "pin" | "cash";
                    /** @description For a new pass */
                    holder?: {
                        name: string;
                        /** Format: email */
                        email?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate?: string;
                        wijkCode: string;
                    };
                    /** @description For a renewal: the pass number */
                    passNumber?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        saleId: string;
                        kind: "new" | "renewal";
                        paymentMethod: "pin" | "cash";
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        passNumber: string;
                        holderName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeskDayClosings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DayClosing"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeDeskDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in euro cents */
                    countedCashCents: number;
                    /** @description The pin terminal's day total, in cents */
                    pinTerminalCents: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        salesPointName: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        day: string;
                        salesCount: number;
                        /** @description Amount in euro cents */
                        recordedCashCents: number;
                        /** @description Amount in euro cents */
                        countedCashCents: number;
                        /** @description Counted minus recorded */
                        cashDifferenceCents: number;
                        /** @description Amount in euro cents */
                        recordedPinCents: number;
                        /** @description Amount in euro cents */
                        pinTerminalCents: number;
                        /** @description Terminal minus recorded */
                        pinDifferenceCents: number;
                        note: string;
                        closedBy: string;
                        /** Format: date-time */
                        closedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrintablePass: {
        parameters: {
            query?: {
                /** @description Language of the texts on the page; Arabic gets Dutch (the PDF has no right-to-left layout) */
                language?: "nl" | "en" | "tr" | "ar" | "pl" | "uk";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCardBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CardBatch"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCardBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    passNumbers?: string[];
                    /** @description Add every pass whose holder asked for a card and has none */
                    requested?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        batchId: string;
                        cardCount: number;
                        skipped: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardBatchCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardBatchProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markCardBatchSent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        cardCount: number;
                        /** Format: date-time */
                        createdAt: string;
                        sentAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderFigures: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                        /** @description Redemptions in the period (not cancelled) */
                        redemptions: number;
                        redemptionsPerWeek: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            weekStart: string;
                            redemptions: number;
                        }[];
                        redemptionsPerMonth: {
                            month: string;
                            redemptions: number;
                        }[];
                        /** @description A figure about people, hidden below 10 */
                        uniqueHolders: {
                            value: number | null;
                            /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                            suppressed: boolean;
                        };
                        reachByWijk: {
                            wijkCode: string;
                            wijkName: string;
                            /** @description A figure about people, hidden below 10 */
                            holders: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                        }[];
                        reachByRoute: {
                            routeSlug: string;
                            routeName: string;
                            /** @description A figure about people, hidden below 10 */
                            holders: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                        }[];
                        /** @description What pass holders paid, at pass prices */
                        turnoverCents: number;
                        /** @description Amount in euro cents */
                        reimbursedCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description Calendar year; this year when absent */
                year?: number;
            };
            header?: never;
            path: {
                /** @description One of the six success conditions of the game plan */
                condition: "rich-offer" | "used-and-valued" | "businesses" | "feedback" | "community-centres" | "civil-servants";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One of the six success conditions of the game plan */
                        condition: "rich-offer" | "used-and-valued" | "businesses" | "feedback" | "community-centres" | "civil-servants";
                        year: number;
                        /** Format: date-time */
                        figuresUntil: string;
                        indicators: {
                            /** @description What the figure is; the web translates it */
                            key: string;
                            unit: "count" | "percent" | "cents" | "ratio";
                            /** @description A figure about people, hidden below 10 */
                            figure: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                            /** @description False when the platform does not measure it yet */
                            available: boolean;
                        }[];
                        trend: {
                            measure: string;
                            unit: "count" | "percent" | "cents" | "ratio";
                            months: {
                                month: string;
                                /** @description A figure about people, hidden below 10 */
                                figure: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                            }[];
                        };
                        byWijk: {
                            /** @description What the figures of this breakdown count */
                            measure: string;
                            unit: "count" | "percent" | "cents" | "ratio";
                            items: {
                                key: string;
                                label: string;
                                /** @description A figure about people, hidden below 10 */
                                figure: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                            }[];
                        };
                        byRoute: {
                            /** @description What the figures of this breakdown count */
                            measure: string;
                            unit: "count" | "percent" | "cents" | "ratio";
                            items: {
                                key: string;
                                label: string;
                                /** @description A figure about people, hidden below 10 */
                                figure: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                            }[];
                        };
                        byTargetGroup: {
                            /** @description What the figures of this breakdown count */
                            measure: string;
                            unit: "count" | "percent" | "cents" | "ratio";
                            items: {
                                key: string;
                                label: string;
                                /** @description A figure about people, hidden below 10 */
                                figure: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                            }[];
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDashboard: {
        parameters: {
            query: {
                year?: number;
                /** @description csv or xlsx */
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description One of the six success conditions of the game plan */
                condition: "rich-offer" | "used-and-valued" | "businesses" | "feedback" | "community-centres" | "civil-servants";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV or XLSX */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyGoals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            /** @description The pass category whose reach the kansenkaart shows */
                            targetGroup: "low_income" | "carer" | "child" | "regular";
                            tags: number;
                            opportunities: number;
                            /** @description The caller is one of its beleidsmedewerkers */
                            mine: boolean;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolicyGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    name: string;
                    description: string;
                    /** @description The pass category whose reach the kansenkaart shows */
                    targetGroup: "low_income" | "carer" | "child" | "regular";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        description: string;
                        /** @description The pass category whose reach the kansenkaart shows */
                        targetGroup: "low_income" | "carer" | "child" | "regular";
                        tags: number;
                        opportunities: number;
                        /** @description The caller is one of its beleidsmedewerkers */
                        mine: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPolicyGoalOfficers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPolicyGoalTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: {
                        type: "offer" | "scheme" | "support_application" | "event";
                        /** Format: uuid */
                        id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            type: "offer" | "scheme" | "support_application" | "event";
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKansenkaart: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        goal: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            /** @description The pass category whose reach the kansenkaart shows */
                            targetGroup: "low_income" | "carer" | "child" | "regular";
                            tags: number;
                            opportunities: number;
                            /** @description The caller is one of its beleidsmedewerkers */
                            mine: boolean;
                        };
                        year: number;
                        tags: {
                            type: "offer" | "scheme" | "support_application" | "event";
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                        }[];
                        opportunities: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            goalId: string;
                            title: string;
                            description: string;
                            status: "idea" | "planned" | "running" | "evaluated";
                            ownerName: string;
                            links: {
                                type: "offer" | "scheme" | "event";
                                /** Format: uuid */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        wijken: {
                            wijkCode: string;
                            wijkName: string;
                            population: number;
                            estimatedGroupSize: number | null;
                            estimateSource: string | null;
                            /** @description A figure about people, hidden below 10 */
                            holdersReached: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                            /** @description A figure about people, hidden below 10 */
                            reachPercent: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                            offersPer1000: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKansenkaartBuurten: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                goalId: string;
                wijkCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wijkCode: string;
                        /** @description False when a buurt figure would be about fewer than 10 people: then none is shown */
                        shown: boolean;
                        buurten: {
                            buurtCode: string;
                            /** @description A figure about people, hidden below 10 */
                            holdersReached: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    ownerName: string;
                    status?: "idea" | "planned" | "running" | "evaluated";
                    links: {
                        type: "offer" | "scheme" | "event";
                        /** Format: uuid */
                        id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        goalId: string;
                        title: string;
                        description: string;
                        status: "idea" | "planned" | "running" | "evaluated";
                        ownerName: string;
                        links: {
                            type: "offer" | "scheme" | "event";
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    moveOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "idea" | "planned" | "running" | "evaluated";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        goalId: string;
                        title: string;
                        description: string;
                        status: "idea" | "planned" | "running" | "evaluated";
                        ownerName: string;
                        links: {
                            type: "offer" | "scheme" | "event";
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGamePlanActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            phase: "starten" | "aanzetten" | "versnellen" | "finishen";
                            title: string;
                            ownerName: string;
                            status: "todo" | "doing" | "done";
                            dueOn: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeGamePlanAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status?: "todo" | "doing" | "done";
                    ownerName?: string;
                    dueOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        phase: "starten" | "aanzetten" | "versnellen" | "finishen";
                        title: string;
                        ownerName: string;
                        status: "todo" | "doing" | "done";
                        dueOn: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnnualPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        entries: {
                            /** Format: uuid */
                            goalId: string;
                            goalName: string;
                            goals: string;
                            onThePass: string;
                            scheme: string;
                            contribution: string;
                            priorities: string;
                            results: {
                                /** @description A figure about people, hidden below 10 */
                                holdersReached: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                                /** @description A figure about people, hidden below 10 */
                                reachPercent: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                                taggedOffers: number;
                                opportunitiesRunning: number;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAnnualPlanEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    goals: string;
                    onThePass: string;
                    scheme: string;
                    contribution: string;
                    priorities: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        entries: {
                            /** Format: uuid */
                            goalId: string;
                            goalName: string;
                            goals: string;
                            onThePass: string;
                            scheme: string;
                            contribution: string;
                            priorities: string;
                            results: {
                                /** @description A figure about people, hidden below 10 */
                                holdersReached: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                                /** @description A figure about people, hidden below 10 */
                                reachPercent: {
                                    value: number | null;
                                    /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                    suppressed: boolean;
                                };
                                taggedOffers: number;
                                opportunitiesRunning: number;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnnualPlanReport: {
        parameters: {
            query: {
                format: "pdf" | "csv";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF or CSV */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
