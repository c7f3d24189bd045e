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
 (let ((?x166 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x143 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x167 (+ ?x143 ?x166)))
 (let ((?x20 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x21 (+ ?x20 ?x167)))
 (< 0.0 ?x21)))))))
(assert
 (let ((?x166 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x143 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x167 (+ ?x143 ?x166)))
 (let ((?x20 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x21 (+ ?x20 ?x167)))
 (let (($x27 (= 0.0 ?x21)))
 (not $x27))))))))
(assert
 (let ((?x166 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x143 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x167 (+ ?x143 ?x166)))
 (let ((?x20 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x21 (+ ?x20 ?x167)))
 (let (($x27 (= 0.0 ?x21)))
 (not $x27))))))))
(assert
 (let ((?x166 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x143 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x167 (+ ?x143 ?x166)))
 (let ((?x20 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x21 (+ ?x20 ?x167)))
 (let (($x27 (= 0.0 ?x21)))
 (not $x27))))))))
(assert
 (let ((?x166 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x143 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x167 (+ ?x143 ?x166)))
 (let ((?x20 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x21 (+ ?x20 ?x167)))
 (let (($x24 (< 0.0 ?x21)))
 (not (and $x24)))))))))
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
