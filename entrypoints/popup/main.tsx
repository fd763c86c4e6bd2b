/**
 * Popup entry: finds the tab it speaks for, then renders components/Popup.tsx.
 * `?tab=<id>` or `?url=<page url>` override the active tab (the popup opened as a page, as in tests).
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import { createPopupApi } from './api';
import '../../components/card.css';
import './popup.css';

const params = new URLSearchParams(location.search);
render(<Popup api={createPopupApi(browser, params)} />, document.getElementById('app')!);
