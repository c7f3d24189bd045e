; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x119 (/ 1.0 ?x54)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (* 0.0 ?x120)))
 (let ((?x121 (+ 1.0 ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x124 (+ ?x122 ?x123)))
 (let ((?x125 (+ ?x120 ?x124)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x126 (* ?x111 ?x125)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x127 (* ?x115 ?x126)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x111 ?x117)))
 (or (and (distinct ?x118 ?x127) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x157 (/ ?x129 ?x132)))
 (let ((?x158 (- ?x157)))
 (let ((?x225 (* 0.0 ?x158)))
 (let ((?x211 (+ 1.0 ?x158)))
 (let ((?x221 (* 0.0 ?x211)))
 (let ((?x227 (+ ?x221 ?x225)))
 (let ((?x406 (+ ?x158 ?x227)))
 (let ((?x332 (/ 1.0 exp!7)))
 (let ((?x407 (* ?x332 ?x406)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x373 (* ?x115 ?x407)))
 (let ((?x116 (- ?x115)))
 (let ((?x333 (/ ?x116 ?x132)))
 (let ((?x335 (* ?x129 ?x333)))
 (let ((?x156 (* ?x332 ?x335)))
 (or (and (distinct ?x156 ?x373) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132)))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!7 exp!6))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x532 (+ ?x129 ?x131)))
(let ((?x132 (+ 1.0 ?x532)))
(let (($x188 (> ?x132 0.0)))
(=> $x188 (= exp!7 ?x132)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (< 0.0 ?x349))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x337 (= 0.0 ?x349)))
 (not $x337)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x337 (= 0.0 ?x349)))
 (not $x337)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x337 (= 0.0 ?x349)))
 (not $x337)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (< 0.0 ?x349))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x337 (= 0.0 ?x349)))
 (not $x337)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x337 (= 0.0 ?x349)))
 (not $x337)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let ((?x877 (/ ?x570 ?x349)))
 (let ((?x654 (- ?x877)))
 (let ((?x372 (* 0.0 ?x654)))
 (let ((?x571 (+ 1.0 ?x654)))
 (let ((?x634 (* 0.0 ?x571)))
 (let ((?x324 (+ ?x634 ?x372)))
 (let ((?x207 (+ ?x654 ?x324)))
 (let ((?x432 (/ ?x154 exp!9)))
 (let ((?x542 (* ?x432 ?x207)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x574 (* ?x115 ?x542)))
 (let ((?x116 (- ?x115)))
 (let ((?x384 (/ ?x116 ?x349)))
 (let ((?x266 (* ?x570 ?x384)))
 (let ((?x472 (* ?x432 ?x266)))
 (or (and (distinct ?x472 ?x574) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!7 exp!6))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x370 (< log!204 |logits[2]|)))
 (= $x370 (< exp!8 exp!1))))
(assert
 (let (($x164 (< |logits[2]| log!204)))
 (= $x164 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!204 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x625 (< |logits[0]| log!204)))
 (= $x625 (< exp!2 exp!8))))
(assert
 (let (($x489 (< log!204 |logits[1]|)))
 (= $x489 (< exp!8 exp!3))))
(assert
 (let (($x710 (< |logits[1]| log!204)))
 (= $x710 (< exp!3 exp!8))))
(assert
 (let (($x577 (< log!204 log!98)))
 (= $x577 (< exp!8 exp!5))))
(assert
 (let (($x516 (< log!98 log!204)))
 (= $x516 (< exp!5 exp!8))))
(assert
 (let (($x480 (< log!204 log!150)))
 (= $x480 (< exp!8 exp!7))))
(assert
 (let (($x429 (< log!150 log!204)))
 (= $x429 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x356 (> log!204 0.0)))
 (= $x356 (> exp!8 1.0))))
(assert
 (let ((?x311 (+ 1.0 log!204)))
 (>= exp!8 ?x311)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x661 (> ?x349 0.0)))
 (=> $x661 (= exp!8 ?x349))))))))))
(assert
 (let (($x370 (< log!204 |logits[2]|)))
 (= $x370 (< exp!9 exp!1))))
(assert
 (let (($x164 (< |logits[2]| log!204)))
 (= $x164 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!204 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x625 (< |logits[0]| log!204)))
 (= $x625 (< exp!2 exp!9))))
(assert
 (let (($x489 (< log!204 |logits[1]|)))
 (= $x489 (< exp!9 exp!3))))
(assert
 (let (($x710 (< |logits[1]| log!204)))
 (= $x710 (< exp!3 exp!9))))
(assert
 (let (($x577 (< log!204 log!98)))
 (= $x577 (< exp!9 exp!5))))
(assert
 (let (($x516 (< log!98 log!204)))
 (= $x516 (< exp!5 exp!9))))
(assert
 (let (($x480 (< log!204 log!150)))
 (= $x480 (< exp!9 exp!7))))
(assert
 (let (($x429 (< log!150 log!204)))
 (= $x429 (< exp!7 exp!9))))
(assert
 (let (($x350 (< log!204 log!204)))
 (= $x350 (< exp!9 exp!8))))
(assert
 (let (($x350 (< log!204 log!204)))
 (= $x350 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x356 (> log!204 0.0)))
 (= $x356 (> exp!9 1.0))))
(assert
 (let ((?x311 (+ 1.0 log!204)))
 (>= exp!9 ?x311)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x570 (/ ?x128 exp!3)))
(let ((?x431 (+ 1.0 ?x570)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x154 (/ ?x24 exp!3)))
(let ((?x349 (+ ?x154 ?x431)))
(let (($x661 (> ?x349 0.0)))
(=> $x661 (= exp!9 ?x349))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x529 (= 0.0 ?x132)))
 (not $x529)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let ((?x157 (/ ?x129 ?x132)))
 (let ((?x158 (- ?x157)))
 (let ((?x225 (* 0.0 ?x158)))
 (let ((?x211 (+ 1.0 ?x158)))
 (let ((?x221 (* 0.0 ?x211)))
 (let ((?x227 (+ ?x221 ?x225)))
 (let ((?x406 (+ ?x158 ?x227)))
 (let ((?x332 (/ 1.0 exp!7)))
 (let ((?x407 (* ?x332 ?x406)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x373 (* ?x115 ?x407)))
 (let ((?x116 (- ?x115)))
 (let ((?x333 (/ ?x116 ?x132)))
 (let ((?x335 (* ?x129 ?x333)))
 (let ((?x156 (* ?x332 ?x335)))
 (or (and (distinct ?x156 ?x373) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!6 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!6))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!6 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!6))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!6 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!6 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!6 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!6 ?x132))))))))))
(assert
 (let (($x467 (< log!150 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x460 (< log!150 |logits[0]|)))
 (= $x460 (< exp!7 exp!2))))
(assert
 (let (($x526 (< |logits[0]| log!150)))
 (= $x526 (< exp!2 exp!7))))
(assert
 (let (($x518 (< log!150 |logits[1]|)))
 (= $x518 (< exp!7 exp!3))))
(assert
 (let (($x519 (< |logits[1]| log!150)))
 (= $x519 (< exp!3 exp!7))))
(assert
 (let (($x527 (< log!150 log!98)))
 (= $x527 (< exp!7 exp!5))))
(assert
 (let (($x509 (< log!98 log!150)))
 (= $x509 (< exp!5 exp!7))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!7 exp!6))))
(assert
 (let (($x278 (< log!150 log!150)))
 (= $x278 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x160 (> log!150 0.0)))
 (= $x160 (> exp!7 1.0))))
(assert
 (let ((?x163 (+ 1.0 log!150)))
 (>= exp!7 ?x163)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x532 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x532)))
 (let (($x188 (> ?x132 0.0)))
 (=> $x188 (= exp!7 ?x132))))))))))
(assert
 (let (($x370 (< log!204 |logits[2]|)))
 (= $x370 (< exp!8 exp!1))))
(assert
 (let (($x164 (< |logits[2]| log!204)))
 (= $x164 (< exp!1 exp!8))))
(assert
 (let (($x355 (< log!204 |logits[0]|)))
 (= $x355 (< exp!8 exp!2))))
(assert
 (let (($x625 (< |logits[0]| log!204)))
 (= $x625 (< exp!2 exp!8))))
(assert
 (let (($x489 (< log!204 |logits[1]|)))
 (= $x489 (< exp!8 exp!3))))
(assert
 (let (($x710 (< |logits[1]| log!204)))
 (= $x710 (< exp!3 exp!8))))
(assert
 (let (($x577 (< log!204 log!98)))
 (= $x577 (< exp!8 exp!5))))
(assert
 (let (($x516 (< log!98 log!204)))
 (= $x516 (< exp!5 exp!8))))
(assert
 (let (($x480 (< log!204 log!150)))
 (= $x480 (< exp!8 exp!7))))
(assert
 (let (($x429 (< log!150 log!204)))
 (= $x429 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x356 (> log!204 0.0)))
 (= $x356 (> exp!8 1.0))))
(assert
 (let ((?x311 (+ 1.0 log!204)))
 (>= exp!8 ?x311)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x570 (/ ?x128 exp!3)))
 (let ((?x431 (+ 1.0 ?x570)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x154 (/ ?x24 exp!3)))
 (let ((?x349 (+ ?x154 ?x431)))
 (let (($x661 (> ?x349 0.0)))
 (=> $x661 (= exp!8 ?x349))))))))))
(assert
 (let (($x370 (< log!204 |logits[2]|)))
 (= $x370 (< exp!9 exp!1))))
(assert
 (let (($x164 (< |logits[2]| log!204)))
 (= $x164 (< exp!1 exp!9))))
(assert
 (let (($x355 (< log!204 |logits[0]|)))
 (= $x355 (< exp!9 exp!2))))
(assert
 (let (($x625 (< |logits[0]| log!204)))
 (= $x625 (< exp!2 exp!9))))
(assert
 (let (($x489 (< log!204 |logits[1]|)))
 (= $x489 (< exp!9 exp!3))))
(assert
 (let (($x710 (< |logits[1]| log!204)))
 (= $x710 (< exp!3 exp!9))))
(assert
 (let (($x577 (< log!204 log!98)))
 (= $x577 (< exp!9 exp!5))))
(assert
 (let (($x516 (< log!98 log!204)))
 (= $x516 (< exp!5 exp!9))))
(assert
 (let (($x480 (< log!204 log!150)))
 (= $x480 (< exp!9 exp!7))))
(assert
 (let (($x429 (< log!150 log!204)))
 (= $x429 (< exp!7 exp!9))))
(assert
 (let (($x350 (< log!204 log!204)))
 (= $x350 (< exp!9 exp!8))))
(assert
 (let (($x350 (< log!204 log!204)))
 (= $x350 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x356 (> log!204 0.0)))
 (= $x356 (> exp!9 1.0))))
(assert
 (let ((?x311 (+ 1.0 log!204)))
 (>= exp!9 ?x311)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x570 (/ ?x128 exp!3)))
(let ((?x431 (+ 1.0 ?x570)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x154 (/ ?x24 exp!3)))
(let ((?x349 (+ ?x154 ?x431)))
(let (($x661 (> ?x349 0.0)))
(=> $x661 (= exp!9 ?x349))))))))))
(check-sat)
(pop 1)
