import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  SelectTabData,
  Subtitle1,
  Tab,
  TabList,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { messagesFor, type Locale } from './locales';

export type HostKind = 'excel' | 'standalone';
type TabId = 'check' | 'draft' | 'audit' | 'settings';

export interface AppProps {
  host: HostKind;
  initialLocale: Locale;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  headerText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    flexGrow: 1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function App({ host, initialLocale }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [tab, setTab] = useState<TabId>('check');
  const t = messagesFor(locale);

  return (
    <div className={styles.root} lang={locale}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <div className={styles.headerText}>
          <Subtitle1 as="h1">{t.appTitle}</Subtitle1>
          <Caption1 className={styles.muted}>{t.appSubtitle}</Caption1>
        </div>
        <Badge appearance="tint" color={host === 'excel' ? 'success' : 'informative'}>
          {host === 'excel' ? t.hostExcel : t.hostStandalone}
        </Badge>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, data: SelectTabData) => setTab(data.value as TabId)}
        size="medium"
      >
        <Tab value="check">{t.tabCheck}</Tab>
        <Tab value="draft">{t.tabDraft}</Tab>
        <Tab value="audit">{t.tabAudit}</Tab>
        <Tab value="settings">{t.tabSettings}</Tab>
      </TabList>
      <main className={styles.panel} role="tabpanel" aria-label={tabLabel(tab, t)}>
        {tab === 'check' && (
          <>
            <Body1>{t.checkIntro}</Body1>
            <Button appearance="primary" disabled title={t.notAvailableYet}>
              {t.checkAction}
            </Button>
            <Caption1 className={styles.muted}>{t.checkEmpty}</Caption1>
          </>
        )}
        {tab === 'draft' && (
          <>
            <Body1>{t.draftIntro}</Body1>
            <Caption1 className={styles.muted}>{t.draftEmpty}</Caption1>
          </>
        )}
        {tab === 'audit' && (
          <>
            <Body1>{t.auditIntro}</Body1>
            <Textarea resize="vertical" rows={8} placeholder={t.auditPlaceholder} />
            <Caption1 className={styles.muted}>{t.auditEmpty}</Caption1>
          </>
        )}
        {tab === 'settings' && (
          <>
            <Field label={t.settingsLanguage}>
              <RadioGroup value={locale} onChange={(_e, d) => setLocale(d.value as Locale)}>
                <Radio value="zh-CN" label={t.settingsLanguageZh} />
                <Radio value="en-US" label={t.settingsLanguageEn} />
              </RadioGroup>
            </Field>
            <Field label={t.settingsTolerance}>
              <Input type="number" defaultValue="0.01" step="0.01" min="0" />
            </Field>
            <Caption1 className={styles.muted}>{t.settingsPrivacy}</Caption1>
          </>
        )}
      </main>
    </div>
  );
}

function tabLabel(tab: TabId, t: ReturnType<typeof messagesFor>): string {
  return { check: t.tabCheck, draft: t.tabDraft, audit: t.tabAudit, settings: t.tabSettings }[tab];
}
