; certjax: rule reductions.log_softmax, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun |x[0]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[2]| () Real)
(assert
 (let ((?x226 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x153 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x236 (+ ?x153 ?x226)))
 (let ((?x9 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x128 (+ ?x9 ?x236)))
 (< 0.0 ?x128)))))))
(assert
 (let ((?x226 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x153 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x236 (+ ?x153 ?x226)))
 (let ((?x9 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x128 (+ ?x9 ?x236)))
 (let (($x85 (= 0.0 ?x128)))
 (not $x85))))))))
(assert
 (let ((?x226 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x153 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x236 (+ ?x153 ?x226)))
 (let ((?x9 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x128 (+ ?x9 ?x236)))
 (let (($x85 (= 0.0 ?x128)))
 (not $x85))))))))
(assert
 (let ((?x226 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x153 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x236 (+ ?x153 ?x226)))
 (let ((?x9 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x128 (+ ?x9 ?x236)))
 (let (($x85 (= 0.0 ?x128)))
 (not $x85))))))))
(assert
 (let ((?x226 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x153 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x236 (+ ?x153 ?x226)))
 (let ((?x9 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x128 (+ ?x9 ?x236)))
 (let (($x59 (< 0.0 ?x128)))
 (not (and $x59)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[0]|)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!1)))
(assert
 (= (< |x[0]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!3 exp!1)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!1 exp!3)))
(assert
 (= (< |x[1]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[1]|)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!4 exp!1)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!1 exp!4)))
(assert
 (= (< |x[2]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!4)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!4 exp!3)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[2]|)))
(check-sat)
(pop 1)
