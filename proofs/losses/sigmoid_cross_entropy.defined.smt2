; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (< 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (< 0.0 ?x238))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (let (($x261 (not $x503)))
 (let (($x72 (< 0.0 ?x400)))
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x243 (< 0.0 ?x238)))
 (not (and $x243 $x72 $x261)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (< 0.0 ?x80)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (< 0.0 ?x238))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (let (($x261 (not $x503)))
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x243 (< 0.0 ?x238)))
 (not (and $x243 $x261))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (= 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (< 0.0 ?x238))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (< 0.0 ?x238))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x287 (= 0.0 ?x238)))
 (not $x287)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (let (($x261 (not $x503)))
 (let (($x72 (< 0.0 ?x400)))
 (let ((?x352 (* 1.0 exp!1)))
 (let ((?x238 (+ 1.0 ?x352)))
 (let (($x243 (< 0.0 ?x238)))
 (not (and $x243 $x72 $x261)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (> 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (let (($x261 (not $x503)))
 (let (($x72 (< 0.0 ?x400)))
 (not (and $x72 $x261))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (> 0.0 ?x80)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (< 0.0 ?x400))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (not $x503)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x400 (+ 1.0 ?x71)))
 (let (($x503 (= 0.0 ?x400)))
 (let (($x261 (not $x503)))
 (let (($x72 (< 0.0 ?x400)))
 (not (and $x72 $x261))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
