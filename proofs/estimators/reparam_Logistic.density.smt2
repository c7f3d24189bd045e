; certjax: rule estimators.reparam_Logistic, obligation 'density', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!38 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (< 0.0 ?x11))))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x107 (* exp!5 exp!5)))
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x110 (/ ?x34 ?x107)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x108 (/ (* (/ 1.0 exp!3) exp!1) ?x107)))
 (or (and (distinct ?x108 ?x111) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x38 (< log!24 ?x10)))
 (= $x38 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x22 (< ?x10 log!24)))
 (= $x22 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!24 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!24)))
 (>= exp!2 ?x20)))
(assert
 (let (($x44 (= exp!2 scale)))
 (let (($x37 (> scale 0.0)))
 (=> $x37 $x44))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x38 (< log!24 ?x10)))
 (= $x38 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x22 (< ?x10 log!24)))
 (= $x22 (< exp!1 exp!3)))))))
(assert
 (let (($x51 (< log!24 log!24)))
 (= $x51 (< exp!3 exp!2))))
(assert
 (let (($x51 (< log!24 log!24)))
 (= $x51 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!24 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!24)))
 (>= exp!3 ?x20)))
(assert
 (let (($x60 (= exp!3 scale)))
 (let (($x37 (> scale 0.0)))
 (=> $x37 $x60))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x66 (< log!38 ?x10)))
 (= $x66 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x69 (< ?x10 log!38)))
 (= $x69 (< exp!1 exp!4)))))))
(assert
 (let (($x72 (< log!38 log!24)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< log!24 log!38)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!38 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!38)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x84 (> ?x30 0.0)))
 (=> $x84 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x66 (< log!38 ?x10)))
 (= $x66 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x69 (< ?x10 log!38)))
 (= $x69 (< exp!1 exp!5)))))))
(assert
 (let (($x72 (< log!38 log!24)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< log!24 log!38)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x96 (< log!38 log!38)))
 (= $x96 (< exp!5 exp!4))))
(assert
 (let (($x96 (< log!38 log!38)))
 (= $x96 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!38 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!38)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
(let ((?x30 (+ 1.0 ?x34)))
(let (($x84 (> ?x30 0.0)))
(=> $x84 (= exp!5 ?x30))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!38 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!50 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (> 0.0 ?x11))))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x112 (/ 1.0 exp!1)))
 (let ((?x113 (+ 1.0 ?x112)))
 (< 0.0 ?x113))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x112 (/ 1.0 exp!1)))
 (let ((?x113 (+ 1.0 ?x112)))
 (< 0.0 ?x113))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x172 (* exp!7 exp!7)))
 (let ((?x112 (/ 1.0 exp!1)))
 (let ((?x183 (/ ?x112 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x149 (* ?x109 ?x183)))
 (let ((?x182 (/ (/ (/ 1.0 exp!3) exp!1) ?x172)))
 (or (and (distinct ?x182 ?x149) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x38 (< log!24 ?x10)))
 (= $x38 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x22 (< ?x10 log!24)))
 (= $x22 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!24 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!24)))
 (>= exp!2 ?x20)))
(assert
 (let (($x44 (= exp!2 scale)))
 (let (($x37 (> scale 0.0)))
 (=> $x37 $x44))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x38 (< log!24 ?x10)))
 (= $x38 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x22 (< ?x10 log!24)))
 (= $x22 (< exp!1 exp!3)))))))
(assert
 (let (($x51 (< log!24 log!24)))
 (= $x51 (< exp!3 exp!2))))
(assert
 (let (($x51 (< log!24 log!24)))
 (= $x51 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!24 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!24)))
 (>= exp!3 ?x20)))
(assert
 (let (($x60 (= exp!3 scale)))
 (let (($x37 (> scale 0.0)))
 (=> $x37 $x60))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x66 (< log!38 ?x10)))
 (= $x66 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x69 (< ?x10 log!38)))
 (= $x69 (< exp!1 exp!4)))))))
(assert
 (let (($x72 (< log!38 log!24)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< log!24 log!38)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!38 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!38)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x84 (> ?x30 0.0)))
 (=> $x84 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x66 (< log!38 ?x10)))
 (= $x66 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x69 (< ?x10 log!38)))
 (= $x69 (< exp!1 exp!5)))))))
(assert
 (let (($x72 (< log!38 log!24)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< log!24 log!38)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x96 (< log!38 log!38)))
 (= $x96 (< exp!5 exp!4))))
(assert
 (let (($x96 (< log!38 log!38)))
 (= $x96 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!38 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!38)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x84 (> ?x30 0.0)))
 (=> $x84 (= exp!5 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x439 (< log!50 ?x10)))
 (= $x439 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x425 (< ?x10 log!50)))
 (= $x425 (< exp!1 exp!6)))))))
(assert
 (let (($x351 (< log!50 log!24)))
 (= $x351 (< exp!6 exp!3))))
(assert
 (let (($x434 (< log!24 log!50)))
 (= $x434 (< exp!3 exp!6))))
(assert
 (let (($x430 (< log!50 log!38)))
 (= $x430 (< exp!6 exp!5))))
(assert
 (let (($x135 (< log!38 log!50)))
 (= $x135 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x427 (> log!50 0.0)))
 (= $x427 (> exp!6 1.0))))
(assert
 (let ((?x437 (+ 1.0 log!50)))
 (>= exp!6 ?x437)))
(assert
 (let ((?x112 (/ 1.0 exp!1)))
 (let ((?x113 (+ 1.0 ?x112)))
 (let (($x398 (> ?x113 0.0)))
 (=> $x398 (= exp!6 ?x113))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x439 (< log!50 ?x10)))
 (= $x439 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x425 (< ?x10 log!50)))
 (= $x425 (< exp!1 exp!7)))))))
(assert
 (let (($x351 (< log!50 log!24)))
 (= $x351 (< exp!7 exp!3))))
(assert
 (let (($x434 (< log!24 log!50)))
 (= $x434 (< exp!3 exp!7))))
(assert
 (let (($x430 (< log!50 log!38)))
 (= $x430 (< exp!7 exp!5))))
(assert
 (let (($x135 (< log!38 log!50)))
 (= $x135 (< exp!5 exp!7))))
(assert
 (let (($x233 (< log!50 log!50)))
 (= $x233 (< exp!7 exp!6))))
(assert
 (let (($x233 (< log!50 log!50)))
 (= $x233 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x427 (> log!50 0.0)))
 (= $x427 (> exp!7 1.0))))
(assert
 (let ((?x437 (+ 1.0 log!50)))
 (>= exp!7 ?x437)))
(assert
 (let ((?x112 (/ 1.0 exp!1)))
(let ((?x113 (+ 1.0 ?x112)))
(let (($x398 (> ?x113 0.0)))
(=> $x398 (= exp!7 ?x113))))))
(check-sat)
(pop 1)
