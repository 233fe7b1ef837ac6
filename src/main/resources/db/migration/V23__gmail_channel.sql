-- Issue 12: Gmail as a tenant's mail channel beside IMAP/SMTP. The channel says which kind it is (its OAuth client and
-- refresh token are tenant secrets, never here; a Gmail channel reuses poll_seconds and address, the mailbox read).
-- A mail's Gmail thread id is kept with it, so that a reply sent through Gmail joins the customer's conversation there.
ALTER TABLE mail_channel ADD COLUMN kind VARCHAR(10) DEFAULT 'imap' NOT NULL;
ALTER TABLE mail_message ADD COLUMN channel_thread_id VARCHAR(100);
