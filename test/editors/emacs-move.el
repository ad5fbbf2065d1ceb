;;; emacs-move.el --- driven by test/integration/editor-emacs.test.ts  -*- lexical-binding: t -*-
;; The README's eglot snippet ($KW_SNIPPET), then what a user does: open a file with a secret, M-x eglot,
;; wait for the diagnostic, pick "Move … to .env" from eglot-code-actions, save. What happened goes to
;; $KW_RESULT as JSON; the test checks it and the files on disk.
(require 'eglot)
(require 'json)
(require 'seq)
(load (getenv "KW_SNIPPET") nil t)
(setq eglot-confirm-server-initiated-edits nil)

(defvar kw-result nil)
(defvar kw-steps nil)

(defun kw-done (failed)
  (push (cons 'steps (vconcat (reverse kw-steps))) kw-result)
  (when failed (push (cons 'failed failed) kw-result))
  (with-temp-file (getenv "KW_RESULT") (insert (json-encode kw-result)))
  (kill-emacs 0))

(defun kw-step (name seconds pred)
  "Waits up to SECONDS for PRED, serving the server's messages meanwhile; ends the session on a timeout."
  (push name kw-steps)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall pred) (kw-done name))))

(find-file (getenv "KW_FILE"))
(apply #'eglot (eglot--guess-contact))
(kw-step "diagnostics" 30 (lambda () (flymake-diagnostics)))
(push (cons 'diagnostics
            (vconcat (mapcar (lambda (d)
                               (let ((lsp (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d)))))
                                 `((code . ,(plist-get lsp :code)) (message . ,(flymake-diagnostic-text d))
                                   (line . ,(line-number-at-pos (flymake-diagnostic-beg d))))))
                             (flymake-diagnostics))))
      kw-result)

;; The user puts point on the secret, runs eglot-code-actions and picks the .env move.
(goto-char (flymake-diagnostic-beg (car (flymake-diagnostics))))
(let ((before (buffer-string))
      (last-nonmenu-event ?\r))
  (cl-letf (((symbol-function 'completing-read)
             (lambda (_prompt items &rest _)
               (push (cons 'actions (vconcat (mapcar #'car items))) kw-result)
               (or (seq-find (lambda (title) (string-match-p "\\`Move .+ to \\.env\\'" title)) (mapcar #'car items)) ""))))
    (eglot-code-actions (point) nil nil t))
  (kw-step "edit applied" 30 (lambda () (not (equal before (buffer-string))))))
(kw-step ".env written" 15 (lambda () (file-exists-p (getenv "KW_DOTENV"))))
(save-buffer)
(push '(ok . t) kw-result)
(kw-done nil)
