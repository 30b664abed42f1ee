/**
 * The CSS of the Utrecht components the app uses, one package each, instead of the whole
 * component library (about 400 KB, 32 KB compressed): the home page of a cheap phone loads only
 * what it shows. A page that starts using another Utrecht component adds its package here
 * (the packages come with @utrecht/component-library-css).
 */
import '@utrecht/document-css/dist/index.css';
import '@utrecht/page-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
