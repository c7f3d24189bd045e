; certjax: rule losses.softmax_cross_entropy, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun |logits[0]| () Real)
(declare-fun sg!10 () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (< 0.0 ?x220)))))))
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (let (($x191 (= 0.0 ?x220)))
 (not $x191))))))))
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (let (($x191 (= 0.0 ?x220)))
 (not $x191))))))))
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (let (($x191 (= 0.0 ?x220)))
 (not $x191))))))))
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (let (($x191 (= 0.0 ?x220)))
 (not $x191))))))))
(assert
 (let ((?x176 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x30 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x166 (+ ?x30 ?x176)))
 (let ((?x219 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x220 (+ ?x219 ?x166)))
 (let (($x222 (< 0.0 ?x220)))
 (not (and $x222)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[0]|)))
(assert
 (= (< sg!10 |logits[0]|) (< exp!2 exp!1)))
(assert
 (= (< |logits[0]| sg!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!10)))
(assert
 (= (< |logits[1]| |logits[0]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[0]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (= (< |logits[1]| sg!10) (< exp!3 exp!2)))
(assert
 (= (< sg!10 |logits[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< |logits[2]| |logits[0]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[0]| |logits[2]|) (< exp!1 exp!4)))
(assert
 (= (< |logits[2]| sg!10) (< exp!4 exp!2)))
(assert
 (= (< sg!10 |logits[2]|) (< exp!2 exp!4)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
